package dev.parley.mail.smtp.client;

import java.time.Duration;

/**
 * How the SMTP client talks to the next hop.
 *
 * @param heloName       our name in EHLO/HELO
 * @param connectTimeout time to open the TCP connection
 * @param readTimeout    time to wait for any one reply (RFC 5321 §4.5.3.2 suggests minutes; we use one value)
 * @param requireTls     fail (temporarily) when the server offers no STARTTLS, instead of sending in clear
 * @param username       AUTH user for a smarthost, or null for none
 * @param password       AUTH password, or null
 */
public record SmtpClientSettings(String heloName, Duration connectTimeout, Duration readTimeout, boolean requireTls,
                                 String username, String password) {

    public static SmtpClientSettings defaults(String heloName) {
        return new SmtpClientSettings(heloName, Duration.ofSeconds(30), Duration.ofMinutes(5), false, null, null);
    }

    public boolean authenticates() {
        return username != null && !username.isEmpty();
    }
}
