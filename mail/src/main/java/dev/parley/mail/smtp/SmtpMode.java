package dev.parley.mail.smtp;

/**
 * The three listeners one engine serves: MX (RFC 5321, port 2525), message submission (RFC 6409,
 * 2587 and implicit TLS on 2465: AUTH before MAIL) and LMTP (RFC 2033, 2424: LHLO, one reply per
 * recipient after the data).
 */
public enum SmtpMode {
    MX,
    SUBMISSION,
    LMTP;

    /** Whether MAIL needs an authenticated session (RFC 6409 §4.3). */
    public boolean requiresAuth() {
        return this == SUBMISSION;
    }

    public boolean isLmtp() {
        return this == LMTP;
    }
}
