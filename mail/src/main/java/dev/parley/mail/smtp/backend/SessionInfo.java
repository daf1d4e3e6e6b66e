package dev.parley.mail.smtp.backend;

import dev.parley.mail.smtp.SmtpMode;

import java.net.InetAddress;

/**
 * What the back end may know about the connection when it decides.
 *
 * @param id                session id (also in the MDC)
 * @param remoteAddress     client address, null when unknown (tests)
 * @param heloName          argument of the last EHLO/HELO/LHLO, null before
 * @param tls               the connection is encrypted
 * @param authenticatedUser the AUTH identity, null when not authenticated
 * @param mode              which listener
 */
public record SessionInfo(String id, InetAddress remoteAddress, String heloName, boolean tls,
                          String authenticatedUser, SmtpMode mode) {

    public boolean authenticated() {
        return authenticatedUser != null;
    }
}
