package dev.parley.store.mail;

import dev.parley.mail.mime.Address;
import dev.parley.mail.mime.ParsedMessage;
import java.time.Instant;
import java.util.List;

/**
 * RFC 5256 §3 sort keys, computed once on arrival. Strings are lower-cased (ASCII) so that plain
 * ordering is the {@code i;ascii-casemap} comparator the RFC asks for.
 */
record SortKeys(Instant date, String from, String to, String cc, String subject) {

    /** DATE: the sent date, or the internal date when the Date header is absent or unparsable (§3). */
    static SortKeys of(ParsedMessage parsed, Instant internalDate) {
        return new SortKeys(parsed.sentDate() != null ? parsed.sentDate() : internalDate,
                firstMailbox(parsed.envelope().from()), firstMailbox(parsed.envelope().to()),
                firstMailbox(parsed.envelope().cc()), asciiLower(parsed.threadKeys().baseSubject()));
    }

    /** FROM/TO/CC: "the addr-mailbox of the first address" (RFC 5256 §3), empty when there is none. */
    static String firstMailbox(List<Address> addresses) {
        for (Address a : addresses) {
            if (!a.isGroupStart() && !a.isGroupEnd() && a.mailbox() != null) {
                return asciiLower(a.mailbox());
            }
        }
        return "";
    }

    static String asciiLower(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != 0) {
                b.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
            }
        }
        return b.toString();
    }
}
