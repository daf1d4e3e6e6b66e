package dev.parley.mail.pop3.codec;

/** Extended response codes (RFC 2449 §8, RFC 3206), sent in brackets after {@code -ERR}. */
public enum ResponseCode {
    /** RFC 2449 §8.1.1: the user logged in too recently. */
    LOGIN_DELAY("LOGIN-DELAY"),
    /** RFC 2449 §8.1.2: the maildrop is locked by another session. */
    IN_USE("IN-USE"),
    /** RFC 3206 §4: temporary system problem; retry later without asking the user. */
    SYS_TEMP("SYS/TEMP"),
    /** RFC 3206 §4: permanent system problem; the user should contact the administrator. */
    SYS_PERM("SYS/PERM"),
    /** RFC 3206 §5: the credentials were rejected. */
    AUTH("AUTH");

    private final String wire;

    ResponseCode(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }
}
