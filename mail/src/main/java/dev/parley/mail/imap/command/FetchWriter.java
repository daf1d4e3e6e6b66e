package dev.parley.mail.imap.command;

import dev.parley.mail.imap.backend.BackendException;
import dev.parley.mail.imap.backend.MessageContent;
import dev.parley.mail.imap.backend.MessageMeta;
import dev.parley.mail.imap.parse.ImapDates;
import dev.parley.mail.imap.response.BodyStructureWriter;
import dev.parley.mail.imap.response.EnvelopeWriter;
import dev.parley.mail.imap.response.FlagsFormat;
import dev.parley.mail.imap.response.ResponseBuilder;
import dev.parley.mail.imap.session.SelectedView;
import dev.parley.mail.mime.BodyPart;
import dev.parley.mail.mime.ByteRange;
import dev.parley.mail.mime.ParsedMessage;
import dev.parley.mail.mime.Section;
import dev.parley.mail.mime.Sections;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Renders one {@code * n FETCH (...)} response (RFC 9051 §7.5.2): metadata from the view, the
 * structure from the parse-once model, section octets cut from the stored message by offset.
 */
final class FetchWriter {

    private final CommandContext ctx;
    private final SelectedView view;
    private final boolean uidCommand;
    private final boolean modSeq;
    private final List<FetchItem> items;
    private final Set<Long> nowSeen;
    private boolean unknownCte;

    FetchWriter(CommandContext ctx, SelectedView view, boolean uidCommand, boolean modSeq, List<FetchItem> items,
                Set<Long> nowSeen) {
        this.ctx = ctx;
        this.view = view;
        this.uidCommand = uidCommand;
        this.modSeq = modSeq;
        this.items = items;
        this.nowSeen = nowSeen;
    }

    boolean unknownCte() {
        return unknownCte;
    }

    /** Writes the response for one message; false when its content is gone (expunged meanwhile). */
    boolean write(long uid) throws BackendException {
        MessageMeta meta = view.meta(uid);
        MessageContent content = null;
        ParsedMessage parsed = null;
        if (items.stream().anyMatch(FetchItem::needsContent)) {
            try {
                content = view.mailbox().content(meta.uid());
                parsed = content.parsed();
            } catch (BackendException e) {
                if (e.reason() == BackendException.Reason.EXPUNGED) {
                    return false;
                }
                throw e;
            }
        }
        ResponseBuilder out = ctx.out().start().untagged().number(view.seqOf(uid)).atom("FETCH").open();
        boolean flagsAsked = items.stream().anyMatch(i -> i.kind() == FetchItem.Kind.FLAGS);
        boolean uidAsked = items.stream().anyMatch(i -> i.kind() == FetchItem.Kind.UID);
        if (uidCommand && !uidAsked) {
            out.atom("UID").number(uid); // RFC 9051 §6.4.9: UID FETCH always returns UID
        }
        try {
            for (FetchItem item : items) {
                item(out, item, meta, content, parsed);
            }
        } catch (IOException e) {
            out.discard();
            throw BackendException.unavailable("cannot decode message " + uid, e);
        }
        if (!flagsAsked && nowSeen.contains(uid)) {
            flags(out, meta);
        }
        if (modSeq && items.stream().noneMatch(i -> i.kind() == FetchItem.Kind.MODSEQ)) {
            out.atom("MODSEQ").atom("(" + meta.modSeq().value() + ")"); // RFC 7162 §3.1.4.1
        }
        ctx.out().send(out.close());
        return true;
    }

    private void item(ResponseBuilder out, FetchItem item, MessageMeta meta, MessageContent content, ParsedMessage parsed)
            throws BackendException, IOException {
        switch (item.kind()) {
            case FLAGS -> flags(out, meta);
            case UID -> out.atom("UID").number(meta.uid().value());
            case INTERNALDATE -> out.atom("INTERNALDATE").string(ImapDates.format(meta.internalDate()));
            case SIZE -> out.atom("RFC822.SIZE").number(meta.size());
            case MODSEQ -> out.atom("MODSEQ").atom("(" + meta.modSeq().value() + ")");
            case ENVELOPE -> {
                out.atom("ENVELOPE");
                EnvelopeWriter.write(out, parsed.envelope());
            }
            case BODY -> {
                out.atom("BODY");
                BodyStructureWriter.write(out, parsed.body(), false);
            }
            case BODYSTRUCTURE -> {
                out.atom("BODYSTRUCTURE");
                BodyStructureWriter.write(out, parsed.body(), true);
            }
            case SECTION -> section(out, item, content, parsed);
            case BINARY, BINARY_SIZE -> binary(out, item, content, parsed);
            // RFC 8474 §5.1: EMAILID (objectid); §5.2: THREADID (objectid) or NIL when not threaded
            case EMAILID -> {
                String id = content.emailId();
                out.atom("EMAILID");
                if (id == null) {
                    out.nil();
                } else {
                    out.atom("(" + id + ")");
                }
            }
            case THREADID -> {
                String id = content.threadId();
                out.atom("THREADID");
                if (id == null) {
                    out.nil();
                } else {
                    out.atom("(" + id + ")");
                }
            }
            default -> throw new IllegalStateException(item.kind().name());
        }
    }

    private void flags(ResponseBuilder out, MessageMeta meta) {
        long uid = meta.uid().value();
        out.atom("FLAGS").atom(FlagsFormat.list(meta.flags(), !ctx.session().rev2() && view.isRecent(uid)));
    }

    private void section(ResponseBuilder out, FetchItem item, MessageContent content, ParsedMessage parsed)
            throws BackendException {
        out.atom(item.label());
        Section section = item.section();
        Optional<ByteRange> range = Sections.range(parsed.body(), section);
        if (range.isEmpty()) {
            out.nil(); // the part does not exist in this message
            return;
        }
        ByteRange r = range.get();
        byte[] bytes;
        if (section.kind() == Section.Kind.HEADER_FIELDS || section.kind() == Section.Kind.HEADER_FIELDS_NOT) {
            byte[] header = content.read(r.start(), (int) r.length());
            bytes = Sections.filterHeader(header, 0, header.length, section.fields(),
                    section.kind() == Section.Kind.HEADER_FIELDS_NOT);
            bytes = partial(bytes, item);
        } else {
            long start = r.start();
            long length = r.length();
            if (item.offset() >= 0) {
                start = Math.min(r.end(), r.start() + item.offset());
                length = Math.min(item.length(), r.end() - start);
            }
            bytes = content.read(start, (int) length);
        }
        out.literal(bytes);
    }

    private void binary(ResponseBuilder out, FetchItem item, MessageContent content, ParsedMessage parsed)
            throws BackendException, IOException {
        Section section = item.section();
        BodyPart part = section.part().isEmpty() ? parsed.body() : Sections.resolve(parsed.body(), section.part());
        if (part == null || part.isMultipart()) {
            out.atom(item.label()).nil();
            return;
        }
        Optional<ByteRange> range = Sections.range(parsed.body(), section);
        byte[] raw = range.isEmpty() ? new byte[0] : content.read(range.get().start(), (int) range.get().length());
        byte[] decoded = section.part().isEmpty() ? raw : BinaryDecoder.decode(raw, part.encoding());
        if (decoded == null) {
            unknownCte = true;
            out.atom(item.label()).nil();
            return;
        }
        if (item.kind() == FetchItem.Kind.BINARY_SIZE) {
            out.atom(item.label()).number(decoded.length);
            return;
        }
        decoded = partial(decoded, item);
        boolean hasNul = false;
        for (byte b : decoded) {
            if (b == 0) {
                hasNul = true;
                break;
            }
        }
        out.atom(item.label()).literal(decoded, 0, decoded.length, hasNul); // RFC 3516 §4.3: literal8 for NUL
    }

    private static byte[] partial(byte[] bytes, FetchItem item) {
        if (item.offset() < 0) {
            return bytes;
        }
        int from = (int) Math.min(item.offset(), bytes.length);
        int to = (int) Math.min((long) from + item.length(), bytes.length);
        return java.util.Arrays.copyOfRange(bytes, from, to);
    }
}
