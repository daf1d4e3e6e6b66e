package dev.parley.protocol;

import java.util.OptionalLong;

/** Login name to message-store account id; {@link MailAccounts} in the suite, a map in tests. */
@FunctionalInterface
public interface AccountLookup {

    /** @throws RuntimeException when the directory cannot be read (a temporary failure) */
    OptionalLong accountId(String address);
}
