package dev.parley.mail.managesieve;

import dev.parley.mail.managesieve.backend.AuthResult;
import dev.parley.mail.managesieve.backend.ScriptException;
import dev.parley.mail.managesieve.backend.ScriptInfo;
import dev.parley.mail.managesieve.backend.SieveBackend;

import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** Scripts in maps; users {@code alice@example.test}/{@code secret} and token {@code token-alice}. */
final class InMemorySieveBackend implements SieveBackend {

    final Map<String, String> passwords = new ConcurrentHashMap<>(Map.of("alice@example.test", "secret"));
    final Map<String, TreeMap<String, String>> scripts = new ConcurrentHashMap<>();
    final Map<String, String> active = new ConcurrentHashMap<>();
    int maxScripts = 3;
    int maxBytes = 1000;
    volatile boolean down;

    @Override
    public AuthResult authenticate(String username, String password, InetAddress remote) {
        if (down) {
            return AuthResult.failure(AuthResult.Kind.UNAVAILABLE, "down");
        }
        return password.equals(passwords.get(username)) ? AuthResult.success(username)
                : AuthResult.failure(AuthResult.Kind.BAD_CREDENTIALS, "wrong");
    }

    @Override
    public AuthResult authenticateBearer(String username, String token, InetAddress remote) {
        return token.equals("token-alice") && (username == null || username.equals("alice@example.test"))
                ? AuthResult.success("alice@example.test") : AuthResult.failure(AuthResult.Kind.BAD_CREDENTIALS, "bad token");
    }

    private TreeMap<String, String> of(String user) throws ScriptException {
        if (down) {
            throw new ScriptException(ScriptException.Kind.UNAVAILABLE, "down");
        }
        return scripts.computeIfAbsent(user, u -> new TreeMap<>());
    }

    @Override
    public synchronized List<ScriptInfo> list(String user) throws ScriptException {
        List<ScriptInfo> out = new ArrayList<>();
        of(user).keySet().forEach(n -> out.add(new ScriptInfo(n, n.equals(active.get(user)))));
        return out;
    }

    @Override
    public synchronized Optional<String> get(String user, String name) throws ScriptException {
        return Optional.ofNullable(of(user).get(name));
    }

    @Override
    public synchronized void checkSpace(String user, String name, long octets) throws ScriptException {
        if (octets > maxBytes) {
            throw new ScriptException(ScriptException.Kind.MAX_SIZE, "Script too large: " + octets + " octets (limit " + maxBytes + ")");
        }
        if (!of(user).containsKey(name) && of(user).size() >= maxScripts) {
            throw new ScriptException(ScriptException.Kind.MAX_SCRIPTS, "Too many scripts (limit " + maxScripts + ")");
        }
    }

    @Override
    public synchronized void put(String user, String name, String content) throws ScriptException {
        checkSpace(user, name, content.getBytes(StandardCharsets.UTF_8).length);
        of(user).put(name, content);
    }

    @Override
    public synchronized void setActive(String user, String name) throws ScriptException {
        if (name == null) {
            active.remove(user);
            return;
        }
        if (!of(user).containsKey(name)) {
            throw new ScriptException(ScriptException.Kind.NONEXISTENT, null);
        }
        active.put(user, name);
    }

    @Override
    public synchronized void delete(String user, String name) throws ScriptException {
        if (!of(user).containsKey(name)) {
            throw new ScriptException(ScriptException.Kind.NONEXISTENT, null);
        }
        if (name.equals(active.get(user))) {
            throw new ScriptException(ScriptException.Kind.ACTIVE, null);
        }
        of(user).remove(name);
    }

    @Override
    public synchronized void rename(String user, String from, String to) throws ScriptException {
        TreeMap<String, String> mine = of(user);
        if (!mine.containsKey(from)) {
            throw new ScriptException(ScriptException.Kind.NONEXISTENT, null);
        }
        if (mine.containsKey(to)) {
            throw new ScriptException(ScriptException.Kind.ALREADY_EXISTS, null);
        }
        mine.put(to, mine.remove(from));
        if (from.equals(active.get(user))) {
            active.put(user, to);
        }
    }
}
