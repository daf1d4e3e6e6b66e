package dev.parley.store.blob;

import java.util.regex.Pattern;

/**
 * A stored blob: the SHA-256 of its (CRLF-normalised) octets in lower-case hex, and its length.
 * Content-addressed, so two equal messages have equal refs and are stored once.
 */
public record BlobRef(String sha256, long size) {

    private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

    public BlobRef {
        if (sha256 == null || !HEX64.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a lower-case hex SHA-256: " + sha256);
        }
        if (size < 0) {
            throw new IllegalArgumentException("negative blob size: " + size);
        }
    }
}
