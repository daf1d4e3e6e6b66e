package dev.parley.mail.imap.command;

import dev.parley.mail.imap.backend.Flags;
import dev.parley.mail.imap.backend.ModSeq;
import dev.parley.mail.imap.backend.SearchKey;
import dev.parley.mail.imap.parse.ImapDates;
import dev.parley.mail.imap.parse.ImapReader;
import dev.parley.mail.imap.parse.SequenceSet;
import dev.parley.mail.imap.parse.SyntaxException;

import java.util.ArrayList;
import java.util.List;

/**
 * Parses RFC 9051 §6.4.4 search criteria (plus RFC 3501 NEW/OLD/RECENT and RFC 7162 MODSEQ)
 * into a tree. Keys that depend on the session (message numbers, {@code $}, {@code \Recent}) stay
 * symbolic here ({@link SeqKey}, {@link RecentKey}) and are resolved at execution.
 */
final class SearchProgram {

    /** Depth bound: NOT/OR/parentheses nest at most this deep. */
    private static final int MAX_DEPTH = 50;

    /** Message numbers or UIDs (or $), resolved against the view when the search runs. */
    record SeqKey(SequenceSet set, boolean uid) {
    }

    /** RFC 3501 RECENT, session state. */
    record RecentKey() {
    }

    /** A parsed key: a back-end key, or one of the session keys above, combined. */
    sealed interface Node {
    }

    record Leaf(SearchKey key) implements Node {
    }

    record Session(Object key) implements Node {
    }

    record Not(Node node) implements Node {
    }

    record Or(Node left, Node right) implements Node {
    }

    record And(List<Node> nodes) implements Node {
    }

    private boolean usesModSeq;

    boolean usesModSeq() {
        return usesModSeq;
    }

    /** search-key *(SP search-key) up to the end. */
    Node parseAll(ImapReader r) throws SyntaxException {
        List<Node> nodes = new ArrayList<>();
        do {
            nodes.add(key(r, 0));
        } while (r.consumeIf(' '));
        r.end();
        return nodes.size() == 1 ? nodes.get(0) : new And(nodes);
    }

    private Node key(ImapReader r, int depth) throws SyntaxException {
        if (depth > MAX_DEPTH) {
            throw new SyntaxException("search criteria nested too deeply");
        }
        if (r.consumeIf('(')) {
            List<Node> nodes = new ArrayList<>();
            do {
                nodes.add(key(r, depth + 1));
            } while (r.consumeIf(' '));
            r.expect(')');
            return nodes.size() == 1 ? nodes.get(0) : new And(nodes);
        }
        int c = r.peek();
        if ((c >= '0' && c <= '9') || c == '*' || c == '$') {
            return new Session(new SeqKey(r.sequenceSet(), false));
        }
        String word = r.keyword();
        switch (word) {
            case "ALL": return leaf(new SearchKey.All());
            case "ANSWERED": return flag(Flags.ANSWERED, true);
            case "DELETED": return flag(Flags.DELETED, true);
            case "DRAFT": return flag(Flags.DRAFT, true);
            case "FLAGGED": return flag(Flags.FLAGGED, true);
            case "SEEN": return flag(Flags.SEEN, true);
            case "UNANSWERED": return flag(Flags.ANSWERED, false);
            case "UNDELETED": return flag(Flags.DELETED, false);
            case "UNDRAFT": return flag(Flags.DRAFT, false);
            case "UNFLAGGED": return flag(Flags.FLAGGED, false);
            case "UNSEEN": return flag(Flags.SEEN, false);
            case "KEYWORD": return flag(arg(r).flag(), true);
            case "UNKEYWORD": return flag(arg(r).flag(), false);
            case "NEW": return new And(List.of(new Session(new RecentKey()), flag(Flags.SEEN, false)));
            case "OLD": return new Not(new Session(new RecentKey()));
            case "RECENT": return new Session(new RecentKey());
            case "BCC", "CC", "FROM", "SUBJECT", "TO":
                return leaf(new SearchKey.Header(word.charAt(0) + word.substring(1).toLowerCase(java.util.Locale.ROOT), arg(r).astring()));
            case "HEADER": {
                String field = arg(r).astring();
                return leaf(new SearchKey.Header(field, arg(r).astring()));
            }
            case "BODY": return leaf(new SearchKey.Text(arg(r).astring(), true));
            case "TEXT": return leaf(new SearchKey.Text(arg(r).astring(), false));
            case "BEFORE": return date(r, SearchKey.Comparison.BEFORE, false);
            case "ON": return date(r, SearchKey.Comparison.ON, false);
            case "SINCE": return date(r, SearchKey.Comparison.SINCE, false);
            case "SENTBEFORE": return date(r, SearchKey.Comparison.BEFORE, true);
            case "SENTON": return date(r, SearchKey.Comparison.ON, true);
            case "SENTSINCE": return date(r, SearchKey.Comparison.SINCE, true);
            case "LARGER": return leaf(new SearchKey.Size(arg(r).number(), true));
            case "SMALLER": return leaf(new SearchKey.Size(arg(r).number(), false));
            case "UID": return new Session(new SeqKey(arg(r).sequenceSet(), true));
            case "NOT": return new Not(key(arg(r), depth + 1));
            case "OR": {
                Node left = key(arg(r), depth + 1);
                return new Or(left, key(arg(r), depth + 1));
            }
            case "MODSEQ": return modSeq(r);
            // RFC 8474 §6: objectid = 1*255(ALPHA / DIGIT / "_" / "-")
            case "EMAILID": return leaf(new SearchKey.EmailId(objectId(arg(r))));
            case "THREADID": return leaf(new SearchKey.ThreadId(objectId(arg(r))));
            default: throw new SyntaxException("unknown search key " + word);
        }
    }

    /** RFC 7162 §3.1.5: MODSEQ [entry-name entry-type-req] mod-sequence-valzer. */
    private Node modSeq(ImapReader r) throws SyntaxException {
        usesModSeq = true;
        r.sp();
        if (r.peekIs('"')) {
            r.string();
            r.sp();
            String type = r.keyword();
            if (!type.equals("PRIV") && !type.equals("SHARED") && !type.equals("ALL")) {
                throw new SyntaxException("bad MODSEQ entry type");
            }
            r.sp();
        }
        return leaf(new SearchKey.ModSeqAtLeast(ModSeq.of(r.number64())));
    }

    private static String objectId(ImapReader r) throws SyntaxException {
        String id = r.astring();
        if (id.isEmpty() || id.length() > 255 || !id.chars().allMatch(c -> (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')
                || (c >= '0' && c <= '9') || c == '_' || c == '-')) {
            throw new SyntaxException("bad objectid " + id + " (RFC 8474 section 3)");
        }
        return id;
    }

    private static ImapReader arg(ImapReader r) throws SyntaxException {
        r.sp();
        return r;
    }

    private static Node leaf(SearchKey key) {
        return new Leaf(key);
    }

    private static Node flag(String flag, boolean set) {
        return new Leaf(new SearchKey.HasFlag(flag, set));
    }

    private static Node date(ImapReader r, SearchKey.Comparison comparison, boolean sent) throws SyntaxException {
        r.sp();
        return new Leaf(new SearchKey.Date(comparison, ImapDates.date(r), sent));
    }
}
