package dev.parley.mail.mime;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Cuts RFC 9051 §6.4.5 {@code BODY[section]} out of the stored message using the offsets of
 * {@link BodyPart}, without re-parsing. Part numbering: the parts of a multipart are numbered from
 * 1; a message that is not multipart has exactly one part, {@code 1}, its body; the parts of a
 * {@code message/rfc822} part are those of the encapsulated message's body (RFC 9051 §6.4.5:
 * "4.2.2.1" in its example). {@code HEADER}, {@code HEADER.FIELDS[.NOT]} and {@code TEXT} after
 * part numbers apply only to a {@code message/rfc822} part; {@code MIME} is the part's own MIME
 * header, blank line included.
 */
public final class Sections {

    private static final byte[] CRLF = {'\r', '\n'};

    private Sections() {
    }

    /**
     * The octets a section is drawn from, or empty when the section does not exist in this
     * message (the IMAP engine then answers with an empty string or NIL). For
     * {@code HEADER.FIELDS[.NOT]} this is the whole header that {@link #filterHeader} selects from.
     */
    public static Optional<ByteRange> range(BodyPart root, Section section) {
        BodyPart entity = root;
        boolean message = true; // the top level is a message: HEADER and TEXT apply to it
        if (!section.part().isEmpty()) {
            BodyPart part = resolve(root, section.part());
            if (part == null) {
                return Optional.empty();
            }
            Offsets o = part.offsets();
            switch (section.kind()) {
                case CONTENT:
                    return Optional.of(new ByteRange(o.bodyStart(), o.end()));
                case MIME:
                    return Optional.of(new ByteRange(o.headerStart(), o.bodyStart()));
                default:
                    message = part.isEncapsulatedMessage();
                    entity = part.messageBody();
                    break;
            }
        }
        if (!message) {
            return Optional.empty();
        }
        Offsets o = entity.offsets();
        return Optional.of(switch (section.kind()) {
            case CONTENT -> new ByteRange(o.headerStart(), o.end());
            case TEXT -> new ByteRange(o.bodyStart(), o.end());
            default -> new ByteRange(o.headerStart(), o.bodyStart()); // HEADER, HEADER.FIELDS[.NOT]
        });
    }

    /** The part that {@code numbers} name, or {@code null}. */
    public static BodyPart resolve(BodyPart root, List<Integer> numbers) {
        BodyPart container = root;
        BodyPart part = null;
        for (int n : numbers) {
            if (container == null) {
                return null;
            }
            List<BodyPart> children = container.isMultipart() ? container.parts() : List.of(container);
            if (n < 1 || n > children.size()) {
                return null;
            }
            part = children.get(n - 1);
            container = part.isMultipart() ? part : part.isEncapsulatedMessage() ? part.messageBody() : null;
        }
        return part;
    }

    /** The section's octets from the whole raw message in memory, or empty if it does not exist. */
    public static Optional<byte[]> fetch(byte[] raw, BodyPart root, Section section) {
        Optional<ByteRange> range = range(root, section);
        if (range.isEmpty()) {
            return Optional.empty();
        }
        ByteRange r = range.get();
        int start = (int) Math.min(r.start(), raw.length);
        int end = (int) Math.min(r.end(), raw.length);
        return Optional.of(filtered(raw, start, end - start, section));
    }

    /**
     * The section's octets read from a stored blob (a {@code FileChannel}, say), reading only the
     * section's range; empty if the section does not exist. Suits sections that fit in memory;
     * for large bodies stream {@link #range} instead.
     */
    public static Optional<byte[]> fetch(SeekableByteChannel blob, BodyPart root, Section section)
            throws IOException {
        Optional<ByteRange> range = range(root, section);
        if (range.isEmpty()) {
            return Optional.empty();
        }
        ByteRange r = range.get();
        if (r.length() > Integer.MAX_VALUE - 8) {
            throw new IOException("section too large to fetch into memory: " + r.length() + " octets");
        }
        ByteBuffer buf = ByteBuffer.allocate((int) r.length());
        blob.position(r.start());
        while (buf.hasRemaining()) {
            if (blob.read(buf) < 0) {
                throw new EOFException("blob ends at " + blob.position() + ", section needs " + r.end());
            }
        }
        return Optional.of(filtered(buf.array(), 0, buf.capacity(), section));
    }

    private static byte[] filtered(byte[] b, int off, int len, Section section) {
        return switch (section.kind()) {
            case HEADER_FIELDS -> filterHeader(b, off, len, section.fields(), false);
            case HEADER_FIELDS_NOT -> filterHeader(b, off, len, section.fields(), true);
            default -> java.util.Arrays.copyOfRange(b, off, off + len);
        };
    }

    /**
     * RFC 9051 §6.4.5 {@code HEADER.FIELDS}: the header fields whose names are (or, with
     * {@code exclude}, are not) in {@code names}, compared case-insensitively, copied verbatim with
     * their continuation lines, in header order, followed by the blank line (CRLF).
     */
    public static byte[] filterHeader(byte[] b, int off, int len, List<String> names, boolean exclude) {
        byte[] header = off == 0 ? b : java.util.Arrays.copyOfRange(b, off, off + len);
        HeaderBlock block = HeaderBlock.parse(header, len);
        Set<String> wanted = names.stream().map(n -> n.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(len, 4096) + 2);
        for (HeaderBlock.Field f : block.fields()) {
            if (wanted.contains(f.name()) != exclude) {
                out.write(header, f.start(), f.end() - f.start());
                if (header[f.end() - 1] != '\n') {
                    out.writeBytes(CRLF); // a header cut off by the end of its entity
                }
            }
        }
        out.writeBytes(CRLF);
        return out.toByteArray();
    }
}
