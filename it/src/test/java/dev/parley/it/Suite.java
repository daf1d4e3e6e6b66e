package dev.parley.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Where the running suite is and its secrets: everything {@code bin/parley up} wrote to
 * {@code $PARLEY_HOME/secrets.env}. Tests never start their own copies of the servers; they drive the
 * suite exactly as an operator's {@code bin/parley up} left it.
 */
final class Suite {

    static final String WEB = env("PARLEY_IT_WEB_URL", "http://localhost:8080");
    static final String KEYCLOAK = env("PARLEY_IT_KEYCLOAK_URL", "http://localhost:8180");
    static final String REALM = "parley";
    static final String DEMO_DOMAIN = "example.test";

    private static final Map<String, String> SECRETS = loadSecrets();

    private Suite() {
    }

    static String secret(String key) {
        String value = System.getenv(key);
        if (value != null && !value.isBlank()) {
            return value;
        }
        value = SECRETS.get(key);
        if (value == null) {
            throw new IllegalStateException(key + " is neither in the environment nor in " + home().resolve("secrets.env")
                    + " — run bin/parley up first");
        }
        return value;
    }

    static String adminPassword() {
        return secret("PARLEY_ADMIN_PASSWORD");
    }

    static String demoPassword() {
        return secret("PARLEY_DEMO_PASSWORD");
    }

    static Path home() {
        String configured = System.getProperty("parley.home");
        if (configured == null || configured.isBlank() || configured.contains("${")) {
            configured = System.getenv("PARLEY_HOME");
        }
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            if (Files.isDirectory(dir.resolve(".parley"))) {
                return dir.resolve(".parley");
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("no .parley folder above " + Path.of("").toAbsolutePath() + " — run bin/parley up first");
    }

    private static Map<String, String> loadSecrets() {
        Path file = home().resolve("secrets.env");
        Map<String, String> values = new HashMap<>();
        try {
            for (String line : Files.readAllLines(file)) {
                int eq = line.indexOf('=');
                if (eq > 0 && !line.startsWith("#")) {
                    values.put(line.substring(0, eq).trim(), unquote(line.substring(eq + 1).trim()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + " — run bin/parley up first", e);
        }
        return values;
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("'") && value.endsWith("'") || value.startsWith("\"") && value.endsWith("\""))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }

    private static String env(String key, String fallback) {
        String value = System.getenv(key);
        return value == null || value.isBlank() ? fallback : value;
    }
}
