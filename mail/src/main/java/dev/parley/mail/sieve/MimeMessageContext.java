package dev.parley.mail.sieve;

import dev.parley.mail.mime.BodyPart;
import dev.parley.mail.mime.HeaderDecoder;
import dev.parley.mail.mime.ParsedMessage;
import org.apache.james.mime4j.codec.Base64InputStream;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.QuotedPrintableInputStream;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A {@link MessageContext} over the raw message bytes and the {@link ParsedMessage} made from
 * them on arrival: header fields are read from the top-level header octets, body parts are cut
 * with their {@link BodyPart#offsets()} and transfer-decoded (RFC 2045 §6) and charset-decoded.
 */
public final class MimeMessageContext implements MessageContext {

    private final byte[] raw;
    private final ParsedMessage parsed;
    private final String envelopeFrom;
    private final String envelopeTo;
    private final java.util.function.Predicate<String> mailboxes;
    private List<String[]> fields;
    private List<BodyText> parts;

    /** Without the recipient's mailboxes: {@code mailboxexists} is a runtime error (RFC 5228 §2.10.6 keep). */
    public MimeMessageContext(byte[] raw, ParsedMessage parsed, String envelopeFrom, String envelopeTo) {
        this(raw, parsed, envelopeFrom, envelopeTo, name -> {
            throw new SieveRuntimeException("mailboxexists: the recipient's mailboxes are not known here");
        });
    }

    /** @param mailboxes whether the recipient has a mailbox of this name (RFC 5490 §3.1) */
    public MimeMessageContext(byte[] raw, ParsedMessage parsed, String envelopeFrom, String envelopeTo,
                              java.util.function.Predicate<String> mailboxes) {
        this.raw = raw;
        this.parsed = parsed;
        this.envelopeFrom = envelopeFrom == null ? "" : envelopeFrom;
        this.envelopeTo = envelopeTo == null ? "" : envelopeTo;
        this.mailboxes = mailboxes;
    }

    @Override
    public boolean mailboxExists(String mailbox) {
        return mailboxes.test(mailbox);
    }

    @Override
    public String envelopeFrom() {
        return envelopeFrom;
    }

    @Override
    public String envelopeTo() {
        return envelopeTo;
    }

    @Override
    public long size() {
        return parsed.size();
    }

    @Override
    public List<String> headers(String name) {
        if (fields == null) {
            fields = fields(HeaderDecoder.text(raw, 0, Math.min(parsed.headerLength(), raw.length)));
        }
        List<String> out = new ArrayList<>();
        for (String[] f : fields) {
            if (f[0].equalsIgnoreCase(name)) {
                out.add(HeaderDecoder.display(f[1]));
            }
        }
        return out;
    }

    /** RFC 5322 §2.2: name ":" value, continuation lines start with white space. */
    private static List<String[]> fields(String header) {
        List<String[]> out = new ArrayList<>();
        for (String line : header.split("\r?\n")) {
            if (line.isEmpty()) {
                break;
            }
            if ((line.charAt(0) == ' ' || line.charAt(0) == '\t') && !out.isEmpty()) {
                String[] last = out.get(out.size() - 1);
                last[1] = last[1] + line;
                continue;
            }
            int colon = line.indexOf(':');
            if (colon > 0) {
                out.add(new String[] {line.substring(0, colon).trim(), line.substring(colon + 1)});
            }
        }
        return out;
    }

    @Override
    public String rawBody() {
        int start = Math.min(parsed.headerLength(), raw.length);
        return HeaderDecoder.text(raw, start, raw.length - start);
    }

    @Override
    public List<BodyText> bodyParts() {
        if (parts == null) {
            parts = new ArrayList<>();
            collect(parsed.body());
        }
        return parts;
    }

    private void collect(BodyPart part) {
        if (part.isMultipart()) {
            part.parts().forEach(this::collect);
        } else if (part.isEncapsulatedMessage()) {
            // RFC 5173 §5.2: the parts of an attached message are examined as well
            collect(part.messageBody());
        } else {
            parts.add(new BodyText(part.mimeType(), decode(part)));
        }
    }

    private String decode(BodyPart part) {
        int start = (int) Math.min(part.offsets().bodyStart(), raw.length);
        int end = (int) Math.min(part.offsets().end(), raw.length);
        InputStream in = new ByteArrayInputStream(raw, start, end - start);
        String enc = part.encoding().toLowerCase(Locale.ROOT);
        if (enc.equals("base64")) {
            in = new Base64InputStream(in, DecodeMonitor.SILENT);
        } else if (enc.equals("quoted-printable")) {
            in = new QuotedPrintableInputStream(in, DecodeMonitor.SILENT);
        }
        byte[] bytes;
        try (InputStream s = in) {
            bytes = s.readAllBytes();
        } catch (IOException e) {
            bytes = new byte[0];
        }
        Charset cs = HeaderDecoder.charset(part.charset());
        return new String(bytes, cs == null ? StandardCharsets.UTF_8 : cs);
    }
}
