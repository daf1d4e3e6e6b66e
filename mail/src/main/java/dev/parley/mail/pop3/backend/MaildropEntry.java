package dev.parley.mail.pop3.backend;

/**
 * One message of a maildrop.
 *
 * @param uid  unique id, stable across sessions (RFC 1939 §7 UIDL: 1 to 70 characters in
 *             0x21..0x7E), e.g. {@code uidvalidity.uid}
 * @param size exact size in octets with CRLF line ends, before byte-stuffing (RFC 1939 §5 LIST)
 */
public record MaildropEntry(String uid, long size) {

    public MaildropEntry {
        if (uid == null || uid.isEmpty() || uid.length() > 70) {
            throw new IllegalArgumentException("uid must have 1 to 70 characters: " + uid);
        }
        for (int i = 0; i < uid.length(); i++) {
            char c = uid.charAt(i);
            if (c < 0x21 || c > 0x7e) {
                throw new IllegalArgumentException("uid has a character outside 0x21..0x7E: " + uid);
            }
        }
        if (size < 0) {
            throw new IllegalArgumentException("negative size: " + size);
        }
    }
}
