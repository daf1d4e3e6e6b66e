package dev.parley.mail.mime;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns raw header text into what a person reads: RFC 2047 encoded words, RFC 2231 parameter
 * values and raw 8-bit UTF-8 header octets (RFC 6532). Used for search text, display and the
 * RFC 5256 base subject; IMAP itself sends the raw values. Never throws on bad input: what cannot
 * be decoded is kept as written (RFC 2047 §6.3).
 */
public final class HeaderDecoder {

    private HeaderDecoder() {
    }

    /**
     * Header octets as text: UTF-8 when they are valid UTF-8 (RFC 6532 §3.2), else ISO-8859-1 so
     * that every octet stays visible and the offsets of ASCII characters do not move.
     */
    public static String text(byte[] b, int off, int len) {
        boolean ascii = true;
        for (int i = off; i < off + len && ascii; i++) {
            ascii = b[i] >= 0;
        }
        if (ascii) {
            return new String(b, off, len, StandardCharsets.ISO_8859_1);
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(b, off, len)).toString();
        } catch (CharacterCodingException e) {
            return new String(b, off, len, StandardCharsets.ISO_8859_1);
        }
    }

    /** RFC 5322 §2.2.3 unfolding: a line break followed by white space is removed. Stray CR/LF go too. */
    public static String unfold(String value) {
        if (value.indexOf('\r') < 0 && value.indexOf('\n') < 0) {
            return value;
        }
        StringBuilder b = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c != '\r' && c != '\n') {
                b.append(c);
            }
        }
        return b.toString();
    }

    /**
     * Decodes RFC 2047 encoded words anywhere in {@code text} (lenient, as mail readers are: also
     * inside quoted strings and next to other characters). White space between two adjacent encoded
     * words is dropped (RFC 2047 §6.2), and adjacent words in the same charset are joined before
     * charset decoding, so a multi-octet character split across two words survives. Words naming a
     * charset the JVM lacks, or malformed words, are left as written.
     */
    public static String decodeEncodedWords(String text) {
        if (text == null || !text.contains("=?")) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        ByteArrayOutputStream pending = new ByteArrayOutputStream();
        Charset pendingCharset = null;
        int i = 0;
        int lastWordEnd = -1;
        while (i < text.length()) {
            int start = text.indexOf("=?", i);
            EncodedWord word = start < 0 ? null : EncodedWord.at(text, start);
            if (word == null) {
                int next = start < 0 ? text.length() : start + 2;
                flush(out, pending, pendingCharset);
                pendingCharset = null;
                out.append(text, i, next);
                i = next;
                lastWordEnd = -1;
                continue;
            }
            boolean adjacent = lastWordEnd >= 0 && text.substring(lastWordEnd, start).isBlank();
            if (!adjacent) {
                flush(out, pending, pendingCharset);
                pendingCharset = null;
                out.append(text, i, start);
            } else if (!word.charset.equals(pendingCharset)) {
                flush(out, pending, pendingCharset);
            }
            pendingCharset = word.charset;
            pending.writeBytes(word.bytes);
            i = word.end;
            lastWordEnd = word.end;
        }
        flush(out, pending, pendingCharset);
        return out.toString();
    }

    private static void flush(StringBuilder out, ByteArrayOutputStream pending, Charset charset) {
        if (pending.size() > 0) {
            out.append(new String(pending.toByteArray(), charset));
            pending.reset();
        }
    }

    /** One well-formed encoded word {@code =?charset[*lang]?B|Q?text?=} (RFC 2047 §2, RFC 2231 §5). */
    private record EncodedWord(Charset charset, byte[] bytes, int end) {

        static EncodedWord at(String s, int start) {
            int q1 = s.indexOf('?', start + 2);
            if (q1 < 0 || q1 + 2 >= s.length() || s.charAt(q1 + 2) != '?') {
                return null;
            }
            int end = s.indexOf("?=", q1 + 3);
            if (end < 0) {
                return null;
            }
            String charsetName = s.substring(start + 2, q1);
            int star = charsetName.indexOf('*');
            if (star >= 0) {
                charsetName = charsetName.substring(0, star);
            }
            String encoded = s.substring(q1 + 3, end);
            for (int k = 0; k < encoded.length(); k++) {
                if (encoded.charAt(k) <= ' ') {
                    return null;
                }
            }
            Charset charset = HeaderDecoder.charset(charsetName);
            if (charset == null) {
                return null;
            }
            char enc = Character.toUpperCase(s.charAt(q1 + 1));
            byte[] bytes = enc == 'B' ? base64(encoded) : enc == 'Q' ? quoted(encoded) : null;
            return bytes == null ? null : new EncodedWord(charset, bytes, end + 2);
        }

        private static byte[] base64(String text) {
            try {
                return Base64.getMimeDecoder().decode(text);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }

        /** RFC 2047 §4.2: "_" is space, "=XX" an octet. */
        private static byte[] quoted(String text) {
            ByteArrayOutputStream b = new ByteArrayOutputStream(text.length());
            for (int k = 0; k < text.length(); k++) {
                char c = text.charAt(k);
                if (c == '_') {
                    b.write(' ');
                } else if (c == '=' && hex(text, k + 1) >= 0) {
                    b.write(hex(text, k + 1));
                    k += 2;
                } else {
                    b.write(c);
                }
            }
            return b.toByteArray();
        }
    }

    private static int hex(String s, int at) {
        if (at + 1 >= s.length()) {
            return -1;
        }
        int hi = Character.digit(s.charAt(at), 16);
        int lo = Character.digit(s.charAt(at + 1), 16);
        return hi < 0 || lo < 0 ? -1 : hi * 16 + lo;
    }

    /** A charset by its MIME name, or {@code null} when the JVM does not know it. */
    public static Charset charset(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String n = name.trim().toLowerCase(Locale.ROOT);
        if (n.equals("us-ascii") || n.equals("ascii")) {
            // RFC 6532 and practice: "us-ascii" headers often carry UTF-8 or Latin-1 octets
            return StandardCharsets.ISO_8859_1;
        }
        if (n.equals("gb2312")) {
            n = "gbk"; // GBK is a superset that real GB2312 mail needs (WHATWG encoding standard)
        }
        try {
            return Charset.forName(n);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * RFC 2231 parameter values: joins {@code name*0}, {@code name*1*}, … continuations, decodes
     * {@code charset'language'%XX} extended values, and decodes RFC 2047 words in plain values (as
     * some mailers write {@code filename="=?UTF-8?B?...?="}). Names come back lower case without the
     * stars, in order of first appearance; a plain {@code name} gives way to an extended one.
     */
    public static Map<String, String> decodeParameters(Map<String, String> raw) {
        Map<String, TreeMap<Integer, String[]>> sections = new LinkedHashMap<>();
        for (Map.Entry<String, String> e : raw.entrySet()) {
            String name = e.getKey().toLowerCase(Locale.ROOT);
            boolean extended = name.endsWith("*");
            String base = extended ? name.substring(0, name.length() - 1) : name;
            int index = -1;
            int star = base.lastIndexOf('*');
            if (star > 0 && isDigits(base.substring(star + 1))) {
                index = Integer.parseInt(base.substring(star + 1).length() > 6 ? "999999" : base.substring(star + 1));
                base = base.substring(0, star);
            } else if (extended) {
                index = 0;
            }
            sections.computeIfAbsent(base, k -> new TreeMap<>())
                    .putIfAbsent(index, new String[] {e.getValue(), extended ? "*" : ""});
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Map.Entry<String, TreeMap<Integer, String[]>> e : sections.entrySet()) {
            TreeMap<Integer, String[]> parts = e.getValue();
            if (parts.size() == 1 && parts.containsKey(-1)) {
                out.put(e.getKey(), decodeEncodedWords(parts.get(-1)[0]));
            } else {
                parts.remove(-1);
                out.put(e.getKey(), joinContinuations(new ArrayList<>(parts.values())));
            }
        }
        return out;
    }

    private static String joinContinuations(List<String[]> parts) {
        Charset charset = StandardCharsets.UTF_8;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int k = 0; k < parts.size(); k++) {
            String value = parts.get(k)[0];
            boolean extended = !parts.get(k)[1].isEmpty();
            if (extended && k == 0) {
                // RFC 2231 §4: charset'language'value, either may be empty
                int q1 = value.indexOf('\'');
                int q2 = q1 < 0 ? -1 : value.indexOf('\'', q1 + 1);
                if (q2 >= 0) {
                    Charset named = charset(value.substring(0, q1));
                    charset = named != null ? named : charset;
                    value = value.substring(q2 + 1);
                }
            }
            if (extended) {
                for (int i = 0; i < value.length(); i++) {
                    int octet = value.charAt(i) == '%' ? hex(value, i + 1) : -1;
                    if (octet >= 0) {
                        bytes.write(octet);
                        i += 2;
                    } else {
                        bytes.writeBytes(String.valueOf(value.charAt(i)).getBytes(StandardCharsets.UTF_8));
                    }
                }
            } else {
                bytes.writeBytes(value.getBytes(StandardCharsets.UTF_8));
            }
        }
        byte[] b = bytes.toByteArray();
        return charset.equals(StandardCharsets.UTF_8) || charset.equals(StandardCharsets.ISO_8859_1)
                ? text(b, 0, b.length) : decodeLeniently(b, charset);
    }

    private static String decodeLeniently(byte[] b, Charset charset) {
        return charset.decode(ByteBuffer.wrap(b)).toString();
    }

    private static boolean isDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Decodes a whole raw header value for display: 8-bit octets, unfolding, encoded words. */
    public static String display(String rawValue) {
        return rawValue == null ? null : decodeEncodedWords(unfold(rawValue)).trim();
    }
}
