package dev.parley.mta.delivery;

import dev.parley.mail.sieve.Script;
import java.util.ArrayList;
import java.util.List;

/**
 * The scripts local delivery runs for one account (issue 4): the site-wide script first — the MTA's
 * {@code parley.mta.sieve.site-script}, else the script store's {@code parley.sieve.site-script} — then
 * the account's active ManageSieve script. Both come compiled and cached from their owners.
 */
public final class AccountSieveScripts implements SieveScripts {

    private final SieveScripts mtaSite;
    private final dev.parley.sieve.api.SieveScripts store;

    public AccountSieveScripts(SieveScripts mtaSite, dev.parley.sieve.api.SieveScripts store) {
        this.mtaSite = mtaSite;
        this.store = store;
    }

    /** @throws dev.parley.sieve.api.SieveUnavailableException when the user's script cannot be read */
    @Override
    public List<Script> scriptsFor(long accountId, String address) {
        List<Script> scripts = new ArrayList<>(mtaSite.scriptsFor(accountId, address));
        if (scripts.isEmpty()) {
            store.siteScript().ifPresent(scripts::add);
        }
        store.activeScript(accountId).ifPresent(scripts::add);
        return scripts;
    }
}
