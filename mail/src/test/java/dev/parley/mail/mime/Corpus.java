package dev.parley.mail.mime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Loads the test corpus; files are kept with LF and normalised to CRLF as the store does. */
final class Corpus {

    private Corpus() {
    }

    static byte[] crlf(String name) {
        return toCrlf(lf(name));
    }

    static byte[] lf(String name) {
        try (InputStream in = Corpus.class.getResourceAsStream("/mime/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource /mime/" + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] toCrlf(byte[] lf) {
        return new String(lf, StandardCharsets.ISO_8859_1).replace("\r\n", "\n").replace("\n", "\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    static byte[] crlfText(String text) {
        return toCrlf(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The octets of a range as text, for comparing with what a section should contain. */
    static String cut(byte[] raw, Offsets o, boolean header) {
        long from = header ? o.headerStart() : o.bodyStart();
        long to = header ? o.bodyStart() : o.end();
        return new String(raw, (int) from, (int) (to - from), StandardCharsets.UTF_8);
    }
}
