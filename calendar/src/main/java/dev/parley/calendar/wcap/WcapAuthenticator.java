package dev.parley.calendar.wcap;

/** Checks login.wcap credentials; implemented in {@code web} over the suite's password authentication. */
public interface WcapAuthenticator {

    enum Outcome { OK, BAD_CREDENTIALS, THROTTLED, UNAVAILABLE }

    /** {@code username} is the canonical account name on success. */
    record Result(Outcome outcome, String username) {
    }

    Result login(String user, String password, String clientIp);
}
