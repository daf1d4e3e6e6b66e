package dev.parley.mail.smtp.session;

import dev.parley.mail.net.sasl.SaslServer;
import dev.parley.mail.smtp.codec.SmtpReply;

/**
 * An AUTH exchange waiting for the client's next line (RFC 4954 §4). {@code finalReply} is set when
 * a bearer login failed and RFC 7628 §3.2.2's error challenge was sent: the client's next line is a
 * dummy, answered with this reply.
 */
public record PendingAuth(String mechanism, SaslServer server, SmtpReply finalReply) {
}
