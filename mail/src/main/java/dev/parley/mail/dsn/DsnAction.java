package dev.parley.mail.dsn;

/** RFC 3464 §2.3.3 Action values this server reports. */
public enum DsnAction {
    FAILED, DELAYED, DELIVERED, RELAYED;

    public String value() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
