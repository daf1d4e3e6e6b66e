package dev.parley.mail.mime;

import java.util.ArrayList;
import java.util.List;

/**
 * Message identifiers (RFC 5322 §3.6.4 {@code msg-id}) as RFC 5256 threading needs them: every
 * {@code <left@right>} in a header value, white space and comments around it ignored.
 */
final class MessageIds {

    private MessageIds() {
    }

    /** The valid ids of {@code value} in order, each as {@code <left@right>} without white space. */
    static List<String> all(String value) {
        List<String> ids = new ArrayList<>();
        if (value == null) {
            return ids;
        }
        int i = 0;
        while (true) {
            int open = value.indexOf('<', i);
            int close = open < 0 ? -1 : value.indexOf('>', open + 1);
            if (close < 0) {
                return ids;
            }
            String id = strip(value.substring(open + 1, close));
            int at = id.lastIndexOf('@');
            // valid: non-empty left and right, no nested "<" (RFC 5256 §3 "valid Message IDs")
            if (at > 0 && at < id.length() - 1 && id.indexOf('<') < 0) {
                ids.add("<" + id + ">");
            }
            i = close + 1;
        }
    }

    static String first(String value) {
        List<String> ids = all(value);
        return ids.isEmpty() ? null : ids.get(0);
    }

    private static String strip(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c > ' ') {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * RFC 5256 §3 REFERENCES step 1.A: the ids of {@code References}; when it has none, the first
     * id of {@code In-Reply-To}. The message's own id is dropped, as a loop to itself is no parent.
     */
    static ThreadKeys threadKeys(HeaderBlock header) {
        String messageId = first(header.first("message-id"));
        List<String> refs = all(header.first("references"));
        if (refs.isEmpty()) {
            String parent = first(header.first("in-reply-to"));
            if (parent != null) {
                refs.add(parent);
            }
        }
        if (messageId != null) {
            refs.removeIf(messageId::equals);
        }
        return new ThreadKeys(messageId, refs, BaseSubject.of(header.first("subject")));
    }
}
