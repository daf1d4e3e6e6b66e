package dev.parley.mail.smtp.command;

import dev.parley.mail.smtp.backend.Envelope;
import dev.parley.mail.smtp.backend.SessionInfo;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The {@code Received:} trace field (RFC 5321 §4.4) prepended to every accepted message, with the
 * RFC 3848 / RFC 6531 §3.7.4 protocol keyword ({@code ESMTPSA}, {@code UTF8LMTPS}, …), the queue id and,
 * for a single recipient, {@code for <address>} (more would disclose Bcc recipients).
 */
final class ReceivedHeader {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss Z", Locale.ROOT);

    private ReceivedHeader() {
    }

    static String render(Envelope envelope, String hostname, String queueId, ZonedDateTime now) {
        SessionInfo session = envelope.session();
        StringBuilder sb = new StringBuilder("Received: from ");
        sb.append(clean(session.heloName() == null ? "unknown" : session.heloName()));
        if (session.remoteAddress() != null) {
            sb.append(" ([").append(literal(session.remoteAddress())).append("])");
        }
        sb.append("\r\n\tby ").append(hostname).append(" (Parley) with ").append(protocol(envelope));
        sb.append(" id ").append(queueId);
        if (envelope.recipients().size() == 1) {
            sb.append("\r\n\tfor <").append(envelope.recipients().get(0).address()).append('>');
        }
        sb.append("; ").append(DATE.format(now)).append("\r\n");
        return sb.toString();
    }

    /** RFC 3848 §2 with RFC 6531 §3.7.4's UTF8 prefix. */
    static String protocol(Envelope envelope) {
        SessionInfo session = envelope.session();
        String base = session.mode().isLmtp() ? "LMTP" : "ESMTP";
        String suffix = (session.tls() ? "S" : "") + (session.authenticated() ? "A" : "");
        return (envelope.mailFrom().smtpUtf8() ? "UTF8" : "") + base + suffix;
    }

    private static String literal(java.net.InetAddress address) {
        return address instanceof java.net.Inet6Address ? "IPv6:" + address.getHostAddress() : address.getHostAddress();
    }

    /** The HELO argument comes from the client: keep only what is safe inside a header comment-free token. */
    private static String clean(String helo) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < helo.length() && sb.length() < 255; i++) {
            char c = helo.charAt(i);
            sb.append(c > 32 && c != 127 && c != '(' && c != ')' && c != ';' ? c : '_');
        }
        return sb.toString();
    }
}
