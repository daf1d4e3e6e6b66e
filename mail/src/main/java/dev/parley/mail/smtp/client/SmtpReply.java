package dev.parley.mail.smtp.client;

import java.util.List;

/**
 * One SMTP reply (RFC 5321 §4.2): the three-digit code and its text lines.
 *
 * @param code  the reply code, or 0 when the connection failed before a reply came
 * @param lines the text after the code on each line
 */
public record SmtpReply(int code, List<String> lines) {

    public SmtpReply {
        lines = List.copyOf(lines);
    }

    /** A reply made up for a connection failure: treated as temporary (RFC 5321 §4.5.4.1). */
    public static SmtpReply connectionFailure(String why) {
        return new SmtpReply(421, List.of("4.4.2 " + why));
    }

    /** 2yz. */
    public boolean positive() {
        return code >= 200 && code < 300;
    }

    /** 3yz (DATA's 354, AUTH's 334). */
    public boolean intermediate() {
        return code >= 300 && code < 400;
    }

    /** 5yz: the same request will not succeed (RFC 5321 §4.2.1). */
    public boolean permanent() {
        return code >= 500;
    }

    /** The reply in one line, as logged and stored: {@code 550 5.1.1 no such user}. */
    public String text() {
        return code + " " + String.join(" / ", lines);
    }

    @Override
    public String toString() {
        return text();
    }
}
