package dev.parley.mta.delivery;

import dev.parley.mail.sieve.Script;
import java.util.List;

/**
 * Where local delivery gets the Sieve scripts to run for one account: a site-wide script first, then
 * the user's active script (issue 4): {@link AccountSieveScripts}.
 */
@FunctionalInterface
public interface SieveScripts {

    /** The scripts to run, in order; empty means plain keep. */
    List<Script> scriptsFor(long accountId, String address);
}
