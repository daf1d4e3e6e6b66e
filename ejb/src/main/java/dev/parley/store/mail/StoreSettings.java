package dev.parley.store.mail;

/**
 * Store limits from configuration: {@code parley.store.quota.messages} (per-account message limit,
 * 0 = unlimited; the byte limit is {@code directory.account.quota_bytes}) and
 * {@code parley.store.quota.warn-percent} (the RFC 9208 usage share from which appends report a warning).
 */
public record StoreSettings(long messageLimit, int warnPercent) {

    public static final StoreSettings DEFAULT = new StoreSettings(0, 90);

    public StoreSettings {
        if (messageLimit < 0 || warnPercent < 1 || warnPercent > 100) {
            throw new IllegalArgumentException("bad store settings: messages " + messageLimit + ", warn " + warnPercent + "%");
        }
    }
}
