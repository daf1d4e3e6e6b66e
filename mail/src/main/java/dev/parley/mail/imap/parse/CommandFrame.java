package dev.parley.mail.imap.parse;

/**
 * One complete client command as it came over the wire, literals included, without the final
 * CRLF: {@code a1 LOGIN {5}\r\nalice pw}. {@link ImapReader} tokenizes it.
 */
public record CommandFrame(byte[] bytes) {

    public CommandFrame {
        if (bytes == null) {
            throw new IllegalArgumentException("bytes");
        }
    }

    /** The first characters, for logs; literal contents may follow, so callers log only this. */
    public String head() {
        int end = 0;
        int spaces = 0;
        while (end < bytes.length && end < 40 && bytes[end] != '\r') {
            if (bytes[end] == ' ' && ++spaces == 2) {
                break;
            }
            end++;
        }
        return new String(bytes, 0, end, java.nio.charset.StandardCharsets.US_ASCII);
    }
}
