package dev.parley.mail.managesieve.backend;

import java.net.InetAddress;
import java.util.List;
import java.util.Optional;

/**
 * What the ManageSieve engine needs from the rest of the suite: logins and a per-user script store.
 * {@code ejb} implements it over PostgreSQL and the authentication service; tests use an in-memory
 * fake. Methods may block (they run on a worker thread, never on a Netty event loop) and are called
 * concurrently for different sessions. The engine validates scripts ({@code Sieve.compile}) before
 * {@link #put}; the back end enforces quotas and the "at most one active" rule.
 */
public interface SieveBackend {

    /** A password check (SASL PLAIN). Never log the password. */
    AuthResult authenticate(String username, String password, InetAddress remote);

    /**
     * An OAuth 2.0 bearer token (SASL OAUTHBEARER, RFC 7628). Never log the token.
     *
     * @param username the user the client named, or null; must match the token's user when given
     */
    AuthResult authenticateBearer(String username, String token, InetAddress remote);

    /** The user's scripts, in name order. */
    List<ScriptInfo> list(String user) throws ScriptException;

    Optional<String> get(String user, String name) throws ScriptException;

    /** RFC 5804 §2.3 HAVESPACE: throws {@link ScriptException.Kind#MAX_SIZE}/{@code MAX_SCRIPTS} when it would not fit. */
    void checkSpace(String user, String name, long octets) throws ScriptException;

    /** Creates or replaces (an active script stays active). */
    void put(String user, String name, String content) throws ScriptException;

    /** @param name the script to activate, or null to deactivate all (RFC 5804 §2.8 {@code SETACTIVE ""}) */
    void setActive(String user, String name) throws ScriptException;

    /** Refuses the active script ({@link ScriptException.Kind#ACTIVE}). */
    void delete(String user, String name) throws ScriptException;

    /** An active script stays active under its new name. */
    void rename(String user, String from, String to) throws ScriptException;
}
