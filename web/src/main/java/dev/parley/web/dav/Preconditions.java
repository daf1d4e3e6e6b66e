package dev.parley.web.dav;

import java.util.Arrays;

/**
 * {@code If-Match} / {@code If-None-Match} of a request (RFC 9110 §13.1.1, §13.1.2), evaluated against
 * the current entity tag of the target ({@code null} when it does not exist). Strong comparison for
 * If-Match, weak for If-None-Match, as §13.1 says. Stores repeat the check atomically with
 * {@link #ifMatch()} / {@link #mustNotExist()}, this class decides before anything is read.
 */
public record Preconditions(String ifMatch, String ifNoneMatch) {

    public static final Preconditions NONE = new Preconditions(null, null);

    /** {@code If-None-Match: *}: create only (RFC 9110 §13.1.2, RFC 4791 §5.3.2 clients use it). */
    public boolean mustNotExist() {
        return ifNoneMatch != null && ifNoneMatch.strip().equals("*");
    }

    /** The one entity tag If-Match names (quotes kept), or null for none or {@code *}. */
    public String expectedEtag() {
        if (ifMatch == null || ifMatch.strip().equals("*")) {
            return null;
        }
        String[] tags = split(ifMatch);
        return tags.length == 1 ? tags[0] : null;
    }

    /** The outcome: proceed, 412 Precondition Failed, or 304 Not Modified (GET/HEAD If-None-Match). */
    public enum Outcome { PROCEED, FAILED, NOT_MODIFIED }

    public Outcome evaluate(String currentEtag, boolean safeMethod) {
        if (ifMatch != null) {
            String m = ifMatch.strip();
            if (currentEtag == null) {
                return Outcome.FAILED;
            }
            if (!m.equals("*") && Arrays.stream(split(m)).noneMatch(t -> strongEquals(t, currentEtag))) {
                return Outcome.FAILED;
            }
        }
        if (ifNoneMatch != null) {
            String n = ifNoneMatch.strip();
            boolean matches = currentEtag != null
                    && (n.equals("*") || Arrays.stream(split(n)).anyMatch(t -> weakEquals(t, currentEtag)));
            if (matches) {
                return safeMethod ? Outcome.NOT_MODIFIED : Outcome.FAILED;
            }
        }
        return Outcome.PROCEED;
    }

    /** Throws 412 unless the request may proceed (for unsafe methods). */
    public void check(String currentEtag) {
        if (evaluate(currentEtag, false) != Outcome.PROCEED) {
            throw DavException.preconditionFailed(currentEtag == null
                    ? "the resource does not exist" : "the resource has changed (ETag " + currentEtag + ")");
        }
    }

    static String[] split(String list) {
        return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toArray(String[]::new);
    }

    static boolean strongEquals(String a, String b) {
        return !a.startsWith("W/") && !b.startsWith("W/") && a.equals(b);
    }

    static boolean weakEquals(String a, String b) {
        return opaque(a).equals(opaque(b));
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }
}
