package dev.parley.mail.pop3.session;

import dev.parley.mail.pop3.backend.AuthResult;

/**
 * A SASL exchange waiting for the client's next line (RFC 5034 §4). While one is pending, lines are
 * SASL responses, not commands.
 *
 * @param mechanism   upper-case mechanism name
 * @param failure     for OAUTHBEARER after a rejected token: the failure to report once the client
 *                    acknowledges the error challenge (RFC 7628 §3.2.2); null otherwise
 */
public record PendingAuth(String mechanism, AuthResult.Failure failure) {

    public boolean awaitingErrorAck() {
        return failure != null;
    }
}
