package dev.parley.mta.smtp;

import dev.parley.mail.net.sasl.SaslCredentials;
import dev.parley.mail.smtp.backend.AuthResult;
import dev.parley.mail.smtp.backend.Envelope;
import dev.parley.mail.smtp.backend.MailFrom;
import dev.parley.mail.smtp.backend.MessageSink;
import dev.parley.mail.smtp.backend.Recipient;
import dev.parley.mail.smtp.backend.SessionInfo;
import dev.parley.mail.smtp.backend.SmtpBackend;
import dev.parley.mail.smtp.backend.Verdict;
import dev.parley.mta.queue.QueueId;
import dev.parley.mta.route.Destination;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The SMTP/submission/LMTP back end over the directory, Keycloak and the queue. Policy:
 * <ul>
 *   <li>RCPT: our domains (and alias domains) answer from the directory — account, alias, group,
 *       {@code +detail}, catch-all — else {@code 550 5.1.1}; an account already over quota gets
 *       {@code 452 4.2.2} (or {@code 552 5.2.2}, {@code parley.smtp.over-quota=permanent}). Other domains
 *       only for authenticated sessions and {@code parley.smtp.internal-networks}, else {@code 554 5.7.1};
 *       LMTP never relays.</li>
 *   <li>MAIL: an authenticated user may use only its own address or an alias pointing at it, or
 *       {@code <>}.</li>
 * </ul>
 */
final class QueueSmtpBackend implements SmtpBackend {

    private static final Logger LOG = LoggerFactory.getLogger(QueueSmtpBackend.class);

    private final MtaServices services;
    private final Clock clock = Clock.systemUTC();

    QueueSmtpBackend(MtaServices services) {
        this.services = services;
    }

    @Override
    public AuthResult authenticate(SaslCredentials credentials, SessionInfo session) {
        if (credentials.username() == null || credentials.authorizationId() != null && !credentials.authorizationId().isEmpty()
                && !credentials.authorizationId().equalsIgnoreCase(credentials.username())) {
            return AuthResult.failed(AuthResult.Failure.INVALID); // no proxy authorisation
        }
        return map(services.auth().verifyPassword(credentials.username(), credentials.secret(), ip(session)));
    }

    @Override
    public AuthResult authenticateBearer(SaslCredentials credentials, SessionInfo session) {
        AuthResult result = map(services.auth().validateBearer(credentials.secret(), ip(session)));
        if (result.succeeded() && credentials.username() != null && !credentials.username().equalsIgnoreCase(result.user())) {
            return AuthResult.failed(AuthResult.Failure.INVALID);
        }
        return result;
    }

    private static AuthResult map(dev.parley.auth.AuthResult r) {
        if (r.ok()) {
            return AuthResult.success(r.username());
        }
        return switch (r.failure()) {
            case BAD_CREDENTIALS, DISABLED -> AuthResult.failed(AuthResult.Failure.INVALID);
            case THROTTLED, UNAVAILABLE -> AuthResult.failed(AuthResult.Failure.TEMPORARY);
        };
    }

    @Override
    public Verdict checkSender(MailFrom mailFrom, SessionInfo session) {
        if (!mailFrom.isNullSender() && services.settings().refusesSender(mailFrom.reversePath())) {
            // RFC 5321 §4.2.2 550, RFC 3463 X.7.1: refused by policy (parley.smtp.refused-senders)
            LOG.info("[{}] sender <{}> refused by policy (ip {})", session.id(), mailFrom.reversePath(),
                    session.remoteAddress() == null ? "-" : session.remoteAddress().getHostAddress());
            return Verdict.reject(Verdict.Rejection.SENDER_REJECTED);
        }
        if (!session.authenticated() || mailFrom.isNullSender()) {
            return Verdict.accept();
        }
        if (services.directory().maySendAs(session.authenticatedUser(), mailFrom.reversePath())) {
            return Verdict.accept();
        }
        LOG.debug("[{}] {} may not send as <{}>", session.id(), session.authenticatedUser(), mailFrom.reversePath());
        // RFC 6409 §6.1 / RFC 5321 §4.2.2: 553 5.7.1, the address is not this user's to use
        return Verdict.reject(Verdict.Rejection.SENDER_NOT_ALLOWED);
    }

    @Override
    public Verdict checkRecipient(Recipient recipient, MailFrom mailFrom, SessionInfo session) {
        Destination d = services.directory().resolve(recipient.address());
        switch (d.kind()) {
            case REMOTE:
                if (!session.mode().isLmtp()
                        && (session.authenticated() || services.internal().contains(session.remoteAddress()))) {
                    return Verdict.accept();
                }
                LOG.info("[{}] relay denied: <{}> from {} (not authenticated)", session.id(), recipient.address(),
                        ip(session));
                return Verdict.reject(Verdict.Rejection.RELAY_DENIED);
            case UNKNOWN:
                return Verdict.reject(Verdict.Rejection.UNKNOWN_USER);
            case ACCOUNT:
                if (d.overQuota(mailFrom.declaredSize())) {
                    return Verdict.reject(services.settings().overQuotaPermanent()
                            ? Verdict.Rejection.OVER_QUOTA : Verdict.Rejection.OVER_QUOTA_TEMPORARY);
                }
                return Verdict.accept();
            default:
                return Verdict.accept(); // aliases and groups are expanded at delivery
        }
    }

    @Override
    public MessageSink beginMessage(Envelope envelope) {
        return new QueueSink(QueueId.next(clock), envelope, services);
    }

    private static String ip(SessionInfo session) {
        return session.remoteAddress() == null ? null : session.remoteAddress().getHostAddress();
    }
}
