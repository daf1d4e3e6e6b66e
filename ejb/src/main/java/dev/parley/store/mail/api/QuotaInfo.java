package dev.parley.store.mail.api;

/**
 * RFC 9208 quota of an account's root {@code ""}: resources STORAGE (reported by IMAP in units of
 * 1024 octets, stored here in octets) and MESSAGE. A limit of 0 means unlimited.
 */
public record QuotaInfo(long bytesUsed, long bytesLimit, long messagesUsed, long messagesLimit) {

    public boolean bytesLimited() {
        return bytesLimit > 0;
    }

    public boolean messagesLimited() {
        return messagesLimit > 0;
    }
}
