package dev.parley.mail.imap.backend;

import dev.parley.mail.mime.Address;
import dev.parley.mail.mime.HeaderDecoder;
import dev.parley.mail.mime.ParsedMessage;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;

/**
 * RFC 5256 §3 SORT order computed from the parse-once model, for back ends without sort columns
 * (and as the reference the SQL ordering must match). Strings compare with {@code i;ascii-casemap}
 * (ASCII letters folded, everything else by octet value); ties fall back to UID order, which is
 * sequence order.
 */
public final class MessageOrder {

    private MessageOrder() {
    }

    /** What sorting needs from one message. */
    public record Entry(MessageMeta meta, ParsedMessage parsed) {
    }

    public static Comparator<Entry> comparator(List<SortKey> keys) {
        Comparator<Entry> order = null;
        for (SortKey key : keys) {
            Comparator<Entry> c = single(key.criterion());
            if (key.reverse()) {
                c = c.reversed();
            }
            order = order == null ? c : order.thenComparing(c);
        }
        Comparator<Entry> bySeq = Comparator.comparingLong(e -> e.meta().uid().value());
        return order == null ? bySeq : order.thenComparing(bySeq);
    }

    private static Comparator<Entry> single(SortKey.Criterion criterion) {
        return switch (criterion) {
            case ARRIVAL -> Comparator.comparing(e -> e.meta().internalDate());
            case SIZE -> Comparator.comparingLong(e -> e.meta().size());
            case DATE -> Comparator.comparing(MessageOrder::sentDate);
            case SUBJECT -> caseMap(e -> e.parsed().threadKeys().baseSubject());
            case FROM -> caseMap(e -> mailbox(e.parsed().envelope().from()));
            case TO -> caseMap(e -> mailbox(e.parsed().envelope().to()));
            case CC -> caseMap(e -> mailbox(e.parsed().envelope().cc()));
            case DISPLAYFROM -> caseMap(e -> display(e.parsed().envelope().from()));
            case DISPLAYTO -> caseMap(e -> display(e.parsed().envelope().to()));
        };
    }

    /** RFC 5256 §3 DATE: the sent date, or the internal date when there is none. */
    public static Instant sentDate(Entry e) {
        Instant sent = e.parsed().sentDate();
        return sent == null ? e.meta().internalDate() : sent;
    }

    private static Comparator<Entry> caseMap(java.util.function.Function<Entry, String> key) {
        return (a, b) -> compareAsciiCaseMap(key.apply(a), key.apply(b));
    }

    /** RFC 4790 §9.2 i;ascii-casemap. */
    public static int compareAsciiCaseMap(String a, String b) {
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            int x = fold(a.charAt(i));
            int y = fold(b.charAt(i));
            if (x != y) {
                return Integer.compare(x, y);
            }
        }
        return Integer.compare(a.length(), b.length());
    }

    private static int fold(char c) {
        return c >= 'a' && c <= 'z' ? c - 32 : c;
    }

    /** RFC 5256 §3: addr-mailbox of the first address, empty when none. */
    private static String mailbox(List<Address> list) {
        for (Address a : list) {
            if (!a.isGroupStart() && !a.isGroupEnd()) {
                return a.mailbox() == null ? "" : HeaderDecoder.decodeEncodedWords(a.mailbox());
            }
        }
        return "";
    }

    /** RFC 5957 §2: the display name, else the addr-spec. */
    private static String display(List<Address> list) {
        for (Address a : list) {
            if (!a.isGroupStart() && !a.isGroupEnd()) {
                if (a.name() != null && !a.name().isBlank()) {
                    return HeaderDecoder.decodeEncodedWords(a.name());
                }
                return a.addrSpec() == null ? "" : a.addrSpec();
            }
        }
        return "";
    }
}
