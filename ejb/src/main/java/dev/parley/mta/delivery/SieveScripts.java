package dev.parley.mta.delivery;

import dev.parley.mail.sieve.Script;
import java.util.List;

/**
 * Where local delivery gets the Sieve scripts to run for one account: a site-wide script first, then
 * the user's active script (issue 4). The per-user part belongs to the ManageSieve script store, which
 * is not there yet; {@link SiteSieveScripts} supplies only the site script until it is.
 */
@FunctionalInterface
public interface SieveScripts {

    /** The scripts to run, in order; empty means plain keep. */
    List<Script> scriptsFor(long accountId, String address);
}
