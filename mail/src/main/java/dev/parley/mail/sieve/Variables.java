package dev.parley.mail.sieve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * RFC 5229 variables: {@code ${name}} and match variables {@code ${0}}..{@code ${9}} expanded in
 * strings (§3), {@code set} with modifiers (§4). Without {@code require "variables"} strings are
 * taken literally. Names are case-insensitive (§3); unknown names expand to the empty string.
 */
final class Variables {

    private final boolean enabled;
    private final SieveLimits limits;
    private final Map<String, String> values = new HashMap<>();
    private List<String> matches = List.of();

    Variables(boolean enabled, SieveLimits limits) {
        this.enabled = enabled;
        this.limits = limits;
    }

    boolean enabled() {
        return enabled;
    }

    String expand(String s) {
        if (!enabled || !s.contains("${")) {
            return s;
        }
        StringBuilder b = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            int open = s.indexOf("${", i);
            int close = open < 0 ? -1 : s.indexOf('}', open + 2);
            if (open < 0 || close < 0) {
                b.append(s, i, s.length());
                break;
            }
            String name = s.substring(open + 2, close);
            if (isName(name)) {
                b.append(s, i, open).append(lookup(name));
                i = close + 1;
            } else {
                // RFC 5229 §3: text that is not a valid reference stays as written
                b.append(s, i, open + 2);
                i = open + 2;
            }
            if (b.length() > limits.maxStringLength()) {
                throw new SieveRuntimeException("expanded string too long (limit " + limits.maxStringLength() + ")");
            }
        }
        return b.toString();
    }

    List<String> expand(List<String> list) {
        List<String> out = new ArrayList<>(list.size());
        for (String s : list) {
            out.add(expand(s));
        }
        return out;
    }

    private static boolean isName(String name) {
        if (name.isEmpty()) {
            return false;
        }
        if (name.chars().allMatch(Character::isDigit)) {
            return true;
        }
        // identifier, or namespace.identifier (RFC 5229 §3 variable-ref)
        for (String part : name.split("\\.", -1)) {
            if (part.isEmpty() || Character.isDigit(part.charAt(0))
                    || !part.chars().allMatch(c -> c == '_' || (c < 128 && Character.isLetterOrDigit(c)))) {
                return false;
            }
        }
        return true;
    }

    private String lookup(String name) {
        if (name.chars().allMatch(Character::isDigit)) {
            int n;
            try {
                n = Integer.parseInt(name);
            } catch (NumberFormatException e) {
                return "";
            }
            return n < matches.size() ? matches.get(n) : "";
        }
        return values.getOrDefault(name.toLowerCase(Locale.ROOT), "");
    }

    String get(String name) {
        return values.getOrDefault(name.toLowerCase(Locale.ROOT), "");
    }

    void put(String name, String value) {
        String key = name.toLowerCase(Locale.ROOT);
        if (!values.containsKey(key) && values.size() >= limits.maxVariables()) {
            throw new SieveRuntimeException("too many variables (limit " + limits.maxVariables() + ")");
        }
        if (value.length() > limits.maxStringLength()) {
            value = value.substring(0, limits.maxStringLength()); // RFC 5229 §6: MAY truncate
        }
        values.put(key, value);
    }

    /** RFC 5229 §3.2: set only by a successful :matches, at most ${0}..${9} are kept. */
    void setMatches(List<String> captures) {
        if (enabled) {
            matches = List.copyOf(captures.subList(0, Math.min(captures.size(), 10)));
        }
    }

    /** RFC 5229 §4.1: modifiers applied from the highest precedence down. */
    static String modify(String value, Args args) {
        if (args.has("lower")) {
            value = value.toLowerCase(Locale.ROOT);
        }
        if (args.has("upper")) {
            value = value.toUpperCase(Locale.ROOT);
        }
        if (args.has("lowerfirst") && !value.isEmpty()) {
            value = value.substring(0, 1).toLowerCase(Locale.ROOT) + value.substring(1);
        }
        if (args.has("upperfirst") && !value.isEmpty()) {
            value = value.substring(0, 1).toUpperCase(Locale.ROOT) + value.substring(1);
        }
        if (args.has("quotewildcard")) {
            value = value.replace("\\", "\\\\").replace("*", "\\*").replace("?", "\\?");
        }
        if (args.has("length")) {
            value = String.valueOf(value.codePointCount(0, value.length()));
        }
        return value;
    }
}
