package dev.parley.mail.mime;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.james.mime4j.stream.NameValuePair;
import org.apache.james.mime4j.stream.ParserCursor;
import org.apache.james.mime4j.stream.RawBody;
import org.apache.james.mime4j.stream.RawFieldParser;
import org.apache.james.mime4j.util.ByteArrayBuffer;

/**
 * The MIME fields of one entity header (RFC 2045 §5–§8, RFC 2183, RFC 3282, RFC 2557) with the
 * defaults of RFC 2045 §5.2 and RFC 2046 §5.1.5, and the envelope fields of RFC 9051 §7.5.2.
 * Parameter lists are read with mime4j's lenient {@link RawFieldParser} (quoting, comments).
 */
record ContentFields(String type, String subtype, Map<String, String> params, String id,
                     String description, String encoding, String md5, Disposition disposition,
                     List<String> language, String location) {

    /** RFC 2045 §5.2: "Content-type: text/plain; charset=us-ascii" is assumed. */
    private static final Map<String, String> US_ASCII = Map.of("charset", "us-ascii");

    static ContentFields of(HeaderBlock header, boolean inDigest) {
        String type;
        String subtype;
        Map<String, String> params;
        String contentType = header.first("content-type");
        TypedValue parsed = contentType == null ? null : typedValue(contentType);
        String[] media = parsed == null ? null : parsed.value.split("/", -1);
        if (media != null && media.length == 2 && isToken(media[0]) && isToken(media[1])) {
            type = media[0].toLowerCase(Locale.ROOT);
            subtype = media[1].toLowerCase(Locale.ROOT);
            params = parsed.params;
            if ("text".equals(type) && !params.containsKey("charset")) {
                // RFC 2046 §4.1.2: text without charset is us-ascii; IMAP servers state it explicitly
                params = new LinkedHashMap<>(params);
                params.put("charset", "us-ascii");
            }
        } else if (inDigest) {
            // RFC 2046 §5.1.5: the default in a digest is message/rfc822
            type = "message";
            subtype = "rfc822";
            params = Map.of();
        } else {
            type = "text";
            subtype = "plain";
            params = US_ASCII;
        }
        String cte = header.first("content-transfer-encoding");
        String encoding = cte == null || cte.isBlank() ? "7bit" : firstWord(cte).toLowerCase(Locale.ROOT);
        String dispositionValue = header.first("content-disposition");
        TypedValue dsp = dispositionValue == null ? null : typedValue(dispositionValue);
        Disposition disposition = dsp == null || !isToken(dsp.value) ? null
                : new Disposition(dsp.value.toLowerCase(Locale.ROOT), dsp.params);
        String languages = header.first("content-language");
        List<String> language = new ArrayList<>();
        if (languages != null) {
            for (String tag : languages.split("[,\\s]+")) {
                if (!tag.isEmpty()) {
                    language.add(tag);
                }
            }
        }
        return new ContentFields(type, subtype, params, header.first("content-id"),
                header.first("content-description"), encoding, header.first("content-md5"),
                disposition, language, header.first("content-location"));
    }

    private record TypedValue(String value, Map<String, String> params) {
    }

    /** {@code value *(";" parameter)}; parameter names lower case, raw values unquoted. */
    private static TypedValue typedValue(String field) {
        // the parser maps each octet to one char; go back to octets and read them as RFC 6532 text
        byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
        RawBody body = RawFieldParser.DEFAULT.parseRawBody(
                new ByteArrayBuffer(bytes, true), new ParserCursor(0, bytes.length));
        Map<String, String> params = new LinkedHashMap<>();
        for (NameValuePair p : body.getParams()) {
            String name = p.getName() == null ? "" : p.getName().trim().toLowerCase(Locale.ROOT);
            if (!name.isEmpty() && p.getValue() != null) {
                params.putIfAbsent(name, octetsToText(p.getValue()));
            }
        }
        String value = body.getValue() == null ? "" : octetsToText(body.getValue()).trim();
        return new TypedValue(value, params);
    }

    private static String octetsToText(String latin1) {
        byte[] b = latin1.getBytes(StandardCharsets.ISO_8859_1);
        return HeaderDecoder.text(b, 0, b.length);
    }

    private static String firstWord(String s) {
        String t = s.trim();
        int end = 0;
        while (end < t.length() && t.charAt(end) > ' ' && t.charAt(end) != ';' && t.charAt(end) != '(') {
            end++;
        }
        return t.substring(0, end);
    }

    /** RFC 2045 §5.1 token: printable US-ASCII except SPACE, CTLs and tspecials. */
    private static boolean isToken(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c <= ' ' || c >= 127 || "()<>@,;:\\\"/[]?=".indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }

    boolean isMultipart() {
        return "multipart".equals(type);
    }

    /** RFC 2046 §5.2.1 and RFC 6532 §3.7: only identity encodings may carry a parsed message. */
    boolean isMessage() {
        return "message".equals(type) && ("rfc822".equals(subtype) || "global".equals(subtype))
                && ("7bit".equals(encoding) || "8bit".equals(encoding) || "binary".equals(encoding));
    }

    String boundary() {
        String b = params.get("boundary");
        return b == null || b.isEmpty() || b.length() > 200 ? null : b;
    }

    /** Leaf replacement for a container that cannot be one (no boundary, no parts, too deep). */
    ContentFields asLeaf(String newType, String newSubtype, Map<String, String> newParams) {
        return new ContentFields(newType, newSubtype, newParams, id, description, encoding, md5,
                disposition, language, location);
    }

    static Map<String, String> usAscii() {
        return US_ASCII;
    }

    /** RFC 9051 §7.5.2 envelope from a message header; see {@link Envelope} for what is kept raw. */
    static Envelope envelope(HeaderBlock h) {
        return new Envelope(h.first("date"), h.first("subject"),
                AddressParser.parse(h.first("from")), AddressParser.parse(h.first("sender")),
                AddressParser.parse(h.first("reply-to")), AddressParser.parse(h.first("to")),
                AddressParser.parse(h.first("cc")), AddressParser.parse(h.first("bcc")),
                h.first("in-reply-to"), h.first("message-id"));
    }
}
