package dev.parley.mail.smtp.codec;

import java.util.List;
import java.util.Objects;

/**
 * One SMTP reply (RFC 5321 §4.2): a three-digit code, an enhanced status code (RFC 3463, put in
 * front of the text per RFC 2034 §4; null for the greeting and the EHLO/LHLO/HELO answers, which
 * RFC 2034 §3 exempts) and one or more text lines, rendered as a multi-line reply when several.
 */
public record SmtpReply(int code, String enhanced, List<String> lines) {

    public SmtpReply {
        if (code < 200 || code > 599) {
            throw new IllegalArgumentException("reply code out of range: " + code);
        }
        if (enhanced != null && !enhanced.matches("[245]\\.\\d{1,3}\\.\\d{1,3}")) {
            throw new IllegalArgumentException("malformed enhanced status code: " + enhanced);
        }
        if (enhanced != null && enhanced.charAt(0) != Character.forDigit(code / 100, 10)) {
            throw new IllegalArgumentException("classes differ: " + code + " " + enhanced);
        }
        lines = List.copyOf(lines);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("reply without text");
        }
        for (String line : lines) {
            if (line.indexOf('\r') >= 0 || line.indexOf('\n') >= 0) {
                throw new IllegalArgumentException("line break in reply text");
            }
        }
    }

    public SmtpReply(int code, String enhanced, String text) {
        this(code, enhanced, List.of(Objects.requireNonNull(text, "text")));
    }

    /** The same reply with other text, e.g. to say which limit was hit. */
    public SmtpReply withText(String text) {
        return new SmtpReply(code, enhanced, text);
    }

    /** The same code with extra detail after the catalogue text. */
    public SmtpReply detail(String detail) {
        return withText(lines.get(0) + ": " + detail);
    }

    public boolean isPositive() {
        return code < 400;
    }

    public boolean isTemporary() {
        return code >= 400 && code < 500;
    }

    /** The wire form, CRLF-terminated lines, {@code 250-} for all but the last (RFC 5321 §4.2.1). */
    public String render() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            sb.append(code).append(i == lines.size() - 1 ? ' ' : '-');
            if (enhanced != null) {
                sb.append(enhanced).append(' ');
            }
            sb.append(lines.get(i)).append("\r\n");
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return render().trim();
    }
}
