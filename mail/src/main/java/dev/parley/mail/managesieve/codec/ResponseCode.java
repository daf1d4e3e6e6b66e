package dev.parley.mail.managesieve.codec;

/** RFC 5804 §1.3 response codes, as sent in parentheses after {@code OK}/{@code NO}/{@code BYE}. */
public enum ResponseCode {
    AUTH_TOO_WEAK("AUTH-TOO-WEAK"),
    ENCRYPT_NEEDED("ENCRYPT-NEEDED"),
    QUOTA("QUOTA"),
    QUOTA_MAXSCRIPTS("QUOTA/MAXSCRIPTS"),
    QUOTA_MAXSIZE("QUOTA/MAXSIZE"),
    /** Takes the server's final SASL data (base64) as argument (RFC 5804 §2.1). */
    SASL("SASL"),
    TRANSITION_NEEDED("TRANSITION-NEEDED"),
    TRYLATER("TRYLATER"),
    ACTIVE("ACTIVE"),
    NONEXISTENT("NONEXISTENT"),
    ALREADYEXISTS("ALREADYEXISTS"),
    WARNINGS("WARNINGS"),
    /** Echoes the NOOP argument (RFC 5804 §2.11). */
    TAG("TAG");

    private final String wire;

    ResponseCode(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }
}
