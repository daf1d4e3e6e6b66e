package dev.parley.store.mail;

import java.util.function.Function;

/** Runs work on a {@link StoreCore} in one transaction: the container's, or a JDBC one in tests. */
public interface StoreTransactions {

    <T> T inTransaction(Function<StoreCore, T> work);
}
