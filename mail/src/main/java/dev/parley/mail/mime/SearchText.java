package dev.parley.mail.mime;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.apache.james.mime4j.codec.Base64InputStream;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.QuotedPrintableInputStream;

/**
 * Collects the decoded text that the full-text index sees, up to a fixed number of characters:
 * header values after RFC 2047 decoding, and {@code text/*} bodies after RFC 2045 §6 transfer
 * decoding (mime4j's lenient decoders) and charset decoding, HTML reduced to its text.
 */
final class SearchText {

    private final StringBuilder text = new StringBuilder();
    private final int max;

    SearchText(int max) {
        this.max = max;
    }

    boolean isFull() {
        return text.length() >= max;
    }

    /** How many raw body octets are worth keeping for what room is left (QP/base64 expand). */
    int rawBudget() {
        long room = (long) (max - text.length()) * 4 + 1024;
        return (int) Math.max(0, Math.min(room, Integer.MAX_VALUE - 8));
    }

    void addHeader(String rawValue) {
        if (rawValue != null) {
            add(HeaderDecoder.display(rawValue));
        }
    }

    void add(String s) {
        if (s == null || s.isBlank() || isFull()) {
            return;
        }
        s = s.strip();
        if (text.length() > 0) {
            text.append('\n');
        }
        int room = max - text.length();
        text.append(s, 0, Math.min(room, s.length()));
        if (text.length() > max) {
            text.setLength(max);
        }
    }

    /** Decodes one text part's body octets with its transfer encoding and charset. */
    void addBody(byte[] raw, int length, String encoding, String charsetName, boolean html) {
        if (isFull() || length == 0) {
            return;
        }
        byte[] decoded;
        try (InputStream in = decoder(new ByteArrayInputStream(raw, 0, length), encoding)) {
            decoded = in.readAllBytes();
        } catch (IOException | RuntimeException e) {
            decoded = Arrays.copyOf(raw, length); // RFC 2045 §6.4: undecodable, index as is
        }
        Charset charset = HeaderDecoder.charset(charsetName);
        String s = charset == null || charset.equals(StandardCharsets.ISO_8859_1)
                ? HeaderDecoder.text(decoded, 0, decoded.length) : new String(decoded, charset);
        add(html ? htmlText(s) : s);
    }

    private static InputStream decoder(InputStream in, String encoding) {
        return switch (encoding) {
            case "base64" -> new Base64InputStream(in, DecodeMonitor.SILENT);
            case "quoted-printable" -> new QuotedPrintableInputStream(in, DecodeMonitor.SILENT);
            default -> in;
        };
    }

    /** Tags, comments, {@code script} and {@code style} removed; a few common entities decoded. */
    static String htmlText(String html) {
        StringBuilder b = new StringBuilder(html.length() / 2);
        int i = 0;
        int n = html.length();
        while (i < n) {
            char c = html.charAt(i);
            if (c == '<') {
                String lower = html.regionMatches(true, i, "<script", 0, 7) ? "</script"
                        : html.regionMatches(true, i, "<style", 0, 6) ? "</style"
                        : html.startsWith("<!--", i) ? "-->" : null;
                int end;
                if (lower != null) {
                    int close = indexOfIgnoreCase(html, lower, i + 1);
                    end = close < 0 ? n : html.indexOf('>', close) < 0 ? n : html.indexOf('>', close) + 1;
                } else {
                    int close = html.indexOf('>', i);
                    end = close < 0 ? n : close + 1;
                }
                b.append(' ');
                i = end;
            } else if (c == '&') {
                int semi = html.indexOf(';', i);
                String entity = semi > i && semi - i < 10 ? html.substring(i + 1, semi) : "";
                String value = entity(entity);
                if (value != null) {
                    b.append(value);
                    i = semi + 1;
                } else {
                    b.append(c);
                    i++;
                }
            } else {
                b.append(c);
                i++;
            }
        }
        return b.toString().replaceAll("[ \\t\\r\\n]+", " ").trim();
    }

    /** The HTML named references mail text uses most; numeric references cover the rest. */
    private static final Map<String, String> ENTITIES = Map.ofEntries(
            Map.entry("amp", "&"), Map.entry("lt", "<"), Map.entry("gt", ">"),
            Map.entry("quot", "\""), Map.entry("apos", "'"), Map.entry("nbsp", " "),
            Map.entry("eacute", "é"), Map.entry("egrave", "è"), Map.entry("agrave", "à"),
            Map.entry("auml", "ä"), Map.entry("ouml", "ö"), Map.entry("uuml", "ü"),
            Map.entry("szlig", "ß"), Map.entry("ccedil", "ç"), Map.entry("euro", "€"),
            Map.entry("copy", "©"), Map.entry("ndash", "–"), Map.entry("mdash", "—"),
            Map.entry("hellip", "…"), Map.entry("rsquo", "’"), Map.entry("lsquo", "‘"),
            Map.entry("ldquo", "“"), Map.entry("rdquo", "”"));

    private static String entity(String e) {
        String named = ENTITIES.get(e);
        if (named != null) {
            return named;
        }
        try {
            if (e.startsWith("#x") || e.startsWith("#X")) {
                return new String(Character.toChars(Integer.parseInt(e.substring(2), 16)));
            }
            if (e.startsWith("#")) {
                return new String(Character.toChars(Integer.parseInt(e.substring(1))));
            }
        } catch (IllegalArgumentException ex) {
            return null;
        }
        return null;
    }

    private static int indexOfIgnoreCase(String s, String what, int from) {
        for (int i = from; i <= s.length() - what.length(); i++) {
            if (s.regionMatches(true, i, what, 0, what.length())) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
