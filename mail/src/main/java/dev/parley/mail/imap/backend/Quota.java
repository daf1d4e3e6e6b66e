package dev.parley.mail.imap.backend;

/**
 * A user's quota root (RFC 9208): usage and limits for STORAGE (octets here; IMAP shows units of
 * 1024 octets) and MESSAGE. A limit of -1 means the resource is not limited.
 */
public record Quota(long storageUsed, long storageLimit, long messagesUsed, long messageLimit) {

    public Quota {
        if (storageUsed < 0 || messagesUsed < 0 || storageLimit < -1 || messageLimit < -1) {
            throw new IllegalArgumentException("bad quota values");
        }
    }
}
