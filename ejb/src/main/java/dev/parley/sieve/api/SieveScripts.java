package dev.parley.sieve.api;

import dev.parley.mail.sieve.Script;
import java.util.Optional;

/**
 * The Sieve scripts local delivery runs (RFC 5228), for the MTA. Compiled {@link Script}s are
 * immutable and thread-safe: run them with {@code dev.parley.mail.sieve.Sieve#run}.
 *
 * <p>Order per recipient (issue 4): {@link #siteScript()} first, then {@link #activeScript(long)}.
 * Both are cached: the site script is compiled once at start-up, a user's active script once per
 * change (ManageSieve PUTSCRIPT/SETACTIVE/RENAMESCRIPT/DELETESCRIPT invalidate that account's entry
 * after commit). A stored script that no longer compiles (e.g. an extension was withdrawn) is
 * logged and treated as absent, so delivery falls back to implicit keep and never drops mail.
 *
 * <p>Implemented by the {@code @Stateless} bean {@code dev.parley.sieve.SieveScriptService}; inject
 * with {@code @EJB SieveScripts}.
 */
public interface SieveScripts {

    /**
     * The account's active script, compiled; empty when the account has none (deliver with implicit
     * keep).
     *
     * @param accountId {@code directory.account.id}, as the message store keys accounts
     * @throws SieveUnavailableException when the database cannot be read: a temporary failure, so
     *                                   delivery should defer (LMTP/SMTP 4xx), not keep blindly
     */
    Optional<Script> activeScript(long accountId);

    /**
     * The site-wide script from {@code parley.sieve.site-script} (a file path), compiled once;
     * empty when not configured or when it does not compile (logged at ERROR at start-up).
     */
    Optional<Script> siteScript();
}
