package dev.parley.mail.imap.command;

import dev.parley.mail.imap.parse.ImapReader;
import dev.parley.mail.imap.parse.SyntaxException;
import dev.parley.mail.mime.Section;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One RFC 9051 §6.4.5 fetch attribute.
 *
 * @param kind    what is fetched
 * @param section for BODY[...] and RFC822 variants; the part numbers for BINARY[...]
 * @param peek    BODY.PEEK / BINARY.PEEK / RFC822.HEADER: do not set {@code \Seen}
 * @param offset  partial origin, or -1
 * @param length  partial length, or -1
 * @param label   the name the response uses, e.g. {@code BODY[HEADER.FIELDS (FROM)]<0>}
 */
public record FetchItem(Kind kind, Section section, boolean peek, long offset, long length, String label) {

    public enum Kind {
        FLAGS, UID, INTERNALDATE, SIZE, ENVELOPE, BODY, BODYSTRUCTURE, MODSEQ, SECTION, BINARY, BINARY_SIZE,
        /** RFC 8474 §5.1, §5.2 */
        EMAILID, THREADID
    }

    public boolean setsSeen() {
        return (kind == Kind.SECTION || kind == Kind.BINARY) && !peek;
    }

    public boolean needsContent() {
        return kind == Kind.ENVELOPE || kind == Kind.BODY || kind == Kind.BODYSTRUCTURE || kind == Kind.SECTION
                || kind == Kind.BINARY || kind == Kind.BINARY_SIZE || kind == Kind.EMAILID || kind == Kind.THREADID;
    }

    private static FetchItem simple(Kind kind, String label) {
        return new FetchItem(kind, null, true, -1, -1, label);
    }

    /** fetch-att, or one of the macros ALL / FAST / FULL (RFC 9051 §6.4.5). */
    static List<FetchItem> parse(ImapReader r) throws SyntaxException {
        String word = r.token("([])").toUpperCase(Locale.ROOT);
        switch (word) {
            case "ALL": return List.of(simple(Kind.FLAGS, "FLAGS"), simple(Kind.INTERNALDATE, "INTERNALDATE"),
                    simple(Kind.SIZE, "RFC822.SIZE"), simple(Kind.ENVELOPE, "ENVELOPE"));
            case "FAST": return List.of(simple(Kind.FLAGS, "FLAGS"), simple(Kind.INTERNALDATE, "INTERNALDATE"),
                    simple(Kind.SIZE, "RFC822.SIZE"));
            case "FULL": return List.of(simple(Kind.FLAGS, "FLAGS"), simple(Kind.INTERNALDATE, "INTERNALDATE"),
                    simple(Kind.SIZE, "RFC822.SIZE"), simple(Kind.ENVELOPE, "ENVELOPE"), simple(Kind.BODY, "BODY"));
            default: return List.of(single(word, r));
        }
    }

    private static FetchItem single(String word, ImapReader r) throws SyntaxException {
        switch (word) {
            case "FLAGS": return simple(Kind.FLAGS, word);
            case "UID": return simple(Kind.UID, word);
            case "INTERNALDATE": return simple(Kind.INTERNALDATE, word);
            case "RFC822.SIZE": return simple(Kind.SIZE, word);
            case "ENVELOPE": return simple(Kind.ENVELOPE, word);
            case "BODYSTRUCTURE": return simple(Kind.BODYSTRUCTURE, word);
            case "MODSEQ": return simple(Kind.MODSEQ, word);
            case "EMAILID": return simple(Kind.EMAILID, word);
            case "THREADID": return simple(Kind.THREADID, word);
            case "RFC822": return new FetchItem(Kind.SECTION, Section.parse(""), false, -1, -1, word);
            case "RFC822.HEADER": return new FetchItem(Kind.SECTION, Section.parse("HEADER"), true, -1, -1, word);
            case "RFC822.TEXT": return new FetchItem(Kind.SECTION, Section.parse("TEXT"), false, -1, -1, word);
            case "BODY":
                if (!r.peekIs('[')) {
                    return simple(Kind.BODY, word);
                }
                return section(r, Kind.SECTION, false, "BODY");
            case "BODY.PEEK": return section(r, Kind.SECTION, true, "BODY");
            case "BINARY": return section(r, Kind.BINARY, false, "BINARY");
            case "BINARY.PEEK": return section(r, Kind.BINARY, true, "BINARY");
            case "BINARY.SIZE": return section(r, Kind.BINARY_SIZE, true, "BINARY.SIZE");
            default: throw new SyntaxException("unknown FETCH attribute " + word);
        }
    }

    private static FetchItem section(ImapReader r, Kind kind, boolean peek, String name) throws SyntaxException {
        r.expect('[');
        StringBuilder spec = new StringBuilder();
        boolean quoted = false;
        while (true) {
            int c = r.peek();
            if (c < 0 || spec.length() > 4096) {
                throw new SyntaxException("unterminated section");
            }
            if (c == ']' && !quoted) {
                break;
            }
            if (c == '"') {
                quoted = !quoted;
            }
            spec.append((char) c);
            r.expect((char) c);
        }
        r.expect(']');
        Section section;
        try {
            section = Section.parse(spec.toString());
        } catch (IllegalArgumentException e) {
            throw new SyntaxException("bad section: " + e.getMessage());
        }
        if (kind != Kind.SECTION && section.kind() != Section.Kind.CONTENT) {
            throw new SyntaxException("BINARY takes part numbers only (RFC 3516 section 4.2)");
        }
        long offset = -1;
        long length = -1;
        if (r.consumeIf('<')) {
            if (kind == Kind.BINARY_SIZE) {
                throw new SyntaxException("BINARY.SIZE has no partial");
            }
            offset = r.number();
            r.expect('.');
            length = r.nzNumber();
            r.expect('>');
        }
        String label = name + "[" + render(section) + "]" + (offset >= 0 ? "<" + offset + ">" : "");
        return new FetchItem(kind, section, peek, offset, length, label);
    }

    /** The section text as the response echoes it (RFC 9051 §7.5.2). */
    static String render(Section s) {
        List<String> parts = new ArrayList<>();
        for (int n : s.part()) {
            parts.add(Integer.toString(n));
        }
        String kind = switch (s.kind()) {
            case CONTENT -> null;
            case HEADER -> "HEADER";
            case TEXT -> "TEXT";
            case MIME -> "MIME";
            case HEADER_FIELDS -> "HEADER.FIELDS (" + String.join(" ", upper(s.fields())) + ")";
            case HEADER_FIELDS_NOT -> "HEADER.FIELDS.NOT (" + String.join(" ", upper(s.fields())) + ")";
        };
        if (kind != null) {
            parts.add(kind);
        }
        return String.join(".", parts);
    }

    private static List<String> upper(List<String> fields) {
        return fields.stream().map(f -> f.toUpperCase(Locale.ROOT)).toList();
    }
}
