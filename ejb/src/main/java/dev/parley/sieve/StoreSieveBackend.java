package dev.parley.sieve;

import dev.parley.auth.AuthenticationService;
import dev.parley.mail.managesieve.backend.AuthResult;
import dev.parley.mail.managesieve.backend.ScriptException;
import dev.parley.mail.managesieve.backend.ScriptInfo;
import dev.parley.mail.managesieve.backend.SieveBackend;
import dev.parley.protocol.AccountLookup;
import java.net.InetAddress;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * ManageSieve over the script store: logins through {@link AuthenticationService} (user names are
 * addresses), scripts keyed by the directory account id of the authenticated address.
 */
public final class StoreSieveBackend implements SieveBackend {

    private static final Logger LOG = LoggerFactory.getLogger(StoreSieveBackend.class);

    private final AuthenticationService auth;
    private final AccountLookup accounts;
    private final SieveScriptService scripts;

    public StoreSieveBackend(AuthenticationService auth, AccountLookup accounts, SieveScriptService scripts) {
        this.auth = auth;
        this.accounts = accounts;
        this.scripts = scripts;
    }

    @Override
    public AuthResult authenticate(String username, String password, InetAddress remote) {
        if (username == null || username.isBlank() || password.isEmpty()) {
            return AuthResult.failure(AuthResult.Kind.BAD_CREDENTIALS, "empty user or password");
        }
        return complete(auth.verifyPassword(username, password, ip(remote)), null);
    }

    @Override
    public AuthResult authenticateBearer(String username, String token, InetAddress remote) {
        return complete(auth.validateBearer(token, ip(remote)), username);
    }

    private AuthResult complete(dev.parley.auth.AuthResult result, String claimed) {
        if (!result.ok()) {
            return AuthResult.failure(switch (result.failure()) {
                case BAD_CREDENTIALS -> AuthResult.Kind.BAD_CREDENTIALS;
                case THROTTLED -> AuthResult.Kind.THROTTLED;
                case DISABLED -> AuthResult.Kind.DISABLED;
                case UNAVAILABLE -> AuthResult.Kind.UNAVAILABLE;
            }, result.failure().name());
        }
        String user = result.username();
        if (user == null) {
            return AuthResult.failure(AuthResult.Kind.DISABLED, "no user name in the token");
        }
        if (claimed != null && !claimed.isBlank() && !claimed.equalsIgnoreCase(user)) {
            return AuthResult.failure(AuthResult.Kind.BAD_CREDENTIALS, "token of " + user + " presented for " + claimed);
        }
        try {
            if (accounts.accountId(user).isEmpty()) {
                return AuthResult.failure(AuthResult.Kind.DISABLED, user + " has no mail account");
            }
        } catch (RuntimeException e) {
            LOG.error("cannot look up the account of {}", user, e);
            return AuthResult.failure(AuthResult.Kind.UNAVAILABLE, "directory lookup failed");
        }
        return AuthResult.success(user.toLowerCase(Locale.ROOT));
    }

    @Override
    public List<ScriptInfo> list(String user) throws ScriptException {
        return scripts.list(account(user));
    }

    @Override
    public Optional<String> get(String user, String name) throws ScriptException {
        return scripts.get(account(user), name);
    }

    @Override
    public void checkSpace(String user, String name, long octets) throws ScriptException {
        scripts.checkSpace(account(user), name, octets);
    }

    @Override
    public void put(String user, String name, String content) throws ScriptException {
        scripts.put(account(user), name, content);
    }

    @Override
    public void setActive(String user, String name) throws ScriptException {
        scripts.setActive(account(user), name);
    }

    @Override
    public void delete(String user, String name) throws ScriptException {
        scripts.delete(account(user), name);
    }

    @Override
    public void rename(String user, String from, String to) throws ScriptException {
        scripts.rename(account(user), from, to);
    }

    /** The account may have been deleted since login: then its scripts are gone too. */
    private long account(String user) throws ScriptException {
        OptionalLong id;
        try {
            id = accounts.accountId(user);
        } catch (RuntimeException e) {
            throw new ScriptException(ScriptException.Kind.UNAVAILABLE, "directory lookup failed", e);
        }
        if (id.isEmpty()) {
            throw new ScriptException(ScriptException.Kind.UNAVAILABLE, user + " has no mail account any more");
        }
        return id.getAsLong();
    }

    private static String ip(InetAddress remote) {
        return remote == null ? null : remote.getHostAddress();
    }

}
