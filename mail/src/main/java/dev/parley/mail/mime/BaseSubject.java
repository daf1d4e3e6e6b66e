package dev.parley.mail.mime;


/**
 * The base subject of RFC 5256 §2.1, used by SORT SUBJECT and THREAD ORDEREDSUBJECT/REFERENCES:
 * the subject with reply and forward markers, trailing {@code (fwd)} and leading blobs such as
 * {@code [list-name]} removed. Case is preserved; comparisons use {@code i;ascii-casemap}.
 *
 * <pre>
 * subj-trailer    = "(fwd)" / WSP
 * subj-leader     = (*subj-blob subj-refwd) / WSP
 * subj-refwd      = ("re" / ("fw" ["d"])) *WSP [subj-blob] ":"
 * subj-blob       = "[" *BLOBCHAR "]" *WSP
 * subj-fwd-hdr    = "[fwd:"   subj-fwd-trl = "]"
 * </pre>
 */
public final class BaseSubject {

    private BaseSubject() {
    }

    /** The base subject of a raw {@code Subject} value; {@code ""} for {@code null}. */
    public static String of(String rawSubject) {
        if (rawSubject == null) {
            return "";
        }
        // (1) decode encoded words, tabs and continuations to space, runs of spaces to one
        String s = collapse(HeaderDecoder.decodeEncodedWords(HeaderDecoder.unfold(rawSubject)));
        while (true) {
            s = stripTrailers(s); // (2)
            String before;
            do { // (5) repeat (3) and (4) until nothing changes
                before = s;
                s = stripLeaders(s); // (3)
                int blob = blobEnd(s, 0); // (4) a leading blob goes if a non-empty base remains
                if (blob > 0 && !s.substring(blob).isBlank()) {
                    s = s.substring(blob);
                }
            } while (!s.equals(before));
            // (6) "[fwd:" ... "]" wrapper: unwrap and start again at (2)
            if (s.length() >= 6 && s.regionMatches(true, 0, "[fwd:", 0, 5) && s.endsWith("]")) {
                s = s.substring(5, s.length() - 1);
                continue;
            }
            return s; // (7)
        }
    }

    private static String collapse(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\r' || c == '\n';
            if (!space) {
                b.append(c);
            } else if (b.length() == 0 || b.charAt(b.length() - 1) != ' ') {
                b.append(' ');
            }
        }
        return b.toString();
    }

    private static String stripTrailers(String s) {
        int end = s.length();
        while (true) {
            if (end > 0 && s.charAt(end - 1) == ' ') {
                end--;
            } else if (end >= 5 && s.regionMatches(true, end - 5, "(fwd)", 0, 5)) {
                end -= 5;
            } else {
                return s.substring(0, end);
            }
        }
    }

    private static String stripLeaders(String s) {
        while (true) {
            if (!s.isEmpty() && s.charAt(0) == ' ') {
                s = s.substring(1);
                continue;
            }
            int p = 0;
            for (int blob = blobEnd(s, p); blob > 0; blob = blobEnd(s, p)) {
                p = blob;
            }
            int end = refwdEnd(s, p);
            if (end < 0) {
                return s;
            }
            s = s.substring(end);
        }
    }

    /** End of {@code subj-refwd} starting at {@code p}, or -1. */
    private static int refwdEnd(String s, int p) {
        for (String marker : new String[] {"re", "fwd", "fw"}) {
            if (s.regionMatches(true, p, marker, 0, marker.length())) {
                int q = p + marker.length();
                while (q < s.length() && s.charAt(q) == ' ') {
                    q++;
                }
                int blob = blobEnd(s, q);
                q = blob > 0 ? blob : q;
                if (q < s.length() && s.charAt(q) == ':') {
                    return q + 1;
                }
            }
        }
        return -1;
    }

    /** End of {@code subj-blob} (trailing spaces included) starting at {@code p}, or -1. */
    private static int blobEnd(String s, int p) {
        if (p >= s.length() || s.charAt(p) != '[') {
            return -1;
        }
        for (int q = p + 1; q < s.length(); q++) {
            char c = s.charAt(q);
            if (c == '[') {
                return -1;
            }
            if (c == ']') {
                q++;
                while (q < s.length() && s.charAt(q) == ' ') {
                    q++;
                }
                return q;
            }
        }
        return -1;
    }
}
