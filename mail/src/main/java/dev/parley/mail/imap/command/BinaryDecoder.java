package dev.parley.mail.imap.command;

import org.apache.james.mime4j.codec.DecodeMonitor;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * RFC 3516 BINARY: a part's content with its Content-Transfer-Encoding removed. Returns null for
 * an encoding it does not know ({@code NO [UNKNOWN-CTE]}, RFC 3516 §4.3).
 */
final class BinaryDecoder {

    private BinaryDecoder() {
    }

    static byte[] decode(byte[] encoded, String encoding) throws IOException {
        String cte = encoding == null ? "7bit" : encoding.toLowerCase(Locale.ROOT);
        switch (cte) {
            case "7bit", "8bit", "binary":
                return encoded;
            case "base64":
                try (InputStream in = new org.apache.james.mime4j.codec.Base64InputStream(
                        new ByteArrayInputStream(encoded), DecodeMonitor.SILENT)) {
                    return in.readAllBytes();
                }
            case "quoted-printable":
                try (InputStream in = new org.apache.james.mime4j.codec.QuotedPrintableInputStream(
                        new ByteArrayInputStream(encoded), DecodeMonitor.SILENT)) {
                    return in.readAllBytes();
                }
            default:
                return null;
        }
    }
}
