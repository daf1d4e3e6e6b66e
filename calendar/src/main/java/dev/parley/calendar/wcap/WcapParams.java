package dev.parley.calendar.wcap;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The parameters of one WCAP command, from the raw (still percent-encoded) query string or urlencoded
 * form body. Kept raw because list values are split on a literal {@code ;} before decoding: a
 * {@code ;} inside a value is sent as {@code %3B} (SUN63 acbdn). Names are case-sensitive as documented
 * ({@code fmt-out}, {@code maxResults}); order does not matter; a repeated name keeps the first value.
 */
public final class WcapParams {

    /** Bound on the whole request parameters: Sun caps one parameter at 1024 characters, but Mozilla sends descriptions longer than that. */
    public static final int MAX_LENGTH = 256 * 1024;

    private final Map<String, String> raw;

    private WcapParams(Map<String, String> raw) {
        this.raw = raw;
    }

    public static WcapParams parse(String... encodedParts) {
        Map<String, String> map = new LinkedHashMap<>();
        int total = 0;
        for (String encoded : encodedParts) {
            if (encoded == null || encoded.isEmpty()) {
                continue;
            }
            total += encoded.length();
            if (total > MAX_LENGTH) {
                throw new WcapException(WcapErrno.BAD_ARGUMENTS,
                        "parameters too long: " + total + " characters (limit " + MAX_LENGTH + ")");
            }
            for (String pair : encoded.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                String name = decode(eq < 0 ? pair : pair.substring(0, eq));
                String value = eq < 0 ? "" : pair.substring(eq + 1);
                map.putIfAbsent(name, value);
            }
        }
        return new WcapParams(map);
    }

    static String decode(String s) {
        try {
            return URLDecoder.decode(s, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw new WcapException(WcapErrno.BAD_ARGUMENTS, "bad percent-encoding: " + s);
        }
    }

    public boolean has(String name) {
        return raw.containsKey(name);
    }

    /** The decoded value, {@code null} when absent; present-but-empty is {@code ""} ("clear" for storeevents). */
    public String get(String name) {
        String v = raw.get(name);
        return v == null ? null : decode(v);
    }

    public String get(String name, String fallback) {
        String v = get(name);
        return v == null || v.isEmpty() ? fallback : v;
    }

    public String required(String name, WcapErrno errno) {
        String v = get(name);
        if (v == null || v.isBlank()) {
            throw new WcapException(errno, "missing parameter " + name);
        }
        return v;
    }

    /** A {@code ;}-separated list, each item decoded; empty list when absent or empty. */
    public List<String> list(String name) {
        return split(raw.get(name), ";");
    }

    /** A list with another separator (verify*_by_ids uses commas). */
    public List<String> list(String name, String separator) {
        return split(raw.get(name), separator);
    }

    private static List<String> split(String v, String separator) {
        List<String> out = new ArrayList<>();
        if (v == null || v.isEmpty()) {
            return out;
        }
        for (String item : v.split(java.util.regex.Pattern.quote(separator), -1)) {
            out.add(decode(item));
        }
        return out;
    }

    public int integer(String name, int fallback, WcapErrno errno) {
        String v = get(name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new WcapException(errno, "not a number: " + name + "=" + v);
        }
    }

    /** A 0/1 flag. */
    public boolean flag(String name, boolean fallback) {
        String v = get(name);
        if (v == null || v.isBlank()) {
            return fallback;
        }
        String t = v.trim().toLowerCase(Locale.ROOT);
        return !(t.equals("0") || t.equals("false") || t.equals("no"));
    }

    public FmtOut fmtOut() {
        return FmtOut.parse(get("fmt-out"));
    }

    /** The session id ({@code id}), or null. */
    public String sessionId() {
        return get("id");
    }

    public java.util.Set<String> names() {
        return raw.keySet();
    }
}
