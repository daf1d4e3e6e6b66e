package dev.parley.mail.smtp.command;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * MAIL/RCPT parameters (RFC 5321 §4.1.2 esmtp-param: {@code keyword["="value]}), keywords upper-cased.
 * A value of {@code null} means the keyword had no {@code =}.
 */
final class Parameters {

    private Parameters() {
    }

    static Map<String, String> parse(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        for (String token : text.trim().split(" +")) {
            if (token.isEmpty()) {
                continue;
            }
            int eq = token.indexOf('=');
            String key = (eq < 0 ? token : token.substring(0, eq)).toUpperCase(Locale.ROOT);
            if (!key.matches("[A-Z0-9][A-Z0-9-]*")) {
                throw new IllegalArgumentException("malformed parameter keyword: " + key);
            }
            String value = eq < 0 ? null : token.substring(eq + 1);
            if (value != null && (value.isEmpty() || value.chars().anyMatch(c -> c < 33 || c == '=' || c == 127))) {
                throw new IllegalArgumentException("malformed value of " + key);
            }
            if (out.containsKey(key)) {
                throw new IllegalArgumentException("duplicate parameter " + key);
            }
            out.put(key, value);
        }
        return out;
    }
}
