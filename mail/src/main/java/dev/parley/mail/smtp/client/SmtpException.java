package dev.parley.mail.smtp.client;

/** The server refused the connection setup (greeting, EHLO, STARTTLS, AUTH) or the connection failed. */
public final class SmtpException extends Exception {

    private final SmtpReply reply;

    public SmtpException(SmtpReply reply) {
        super(reply.text(), null, false, false);
        this.reply = reply;
    }

    public SmtpReply reply() {
        return reply;
    }
}
