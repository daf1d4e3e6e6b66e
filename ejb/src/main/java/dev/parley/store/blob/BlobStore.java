package dev.parley.store.blob;

import java.io.IOException;
import java.io.InputStream;

/**
 * Write-once, content-addressed storage of message octets (DESIGN.md "Durability"). Implementations
 * are chosen through a {@link BlobStoreFactory} found by {@link java.util.ServiceLoader}.
 *
 * <p>Contract (checked for every implementation by {@code BlobStoreContract}):
 * <ul>
 *   <li>{@link #put} normalises line ends to CRLF (IMAP serves CRLF, RFC 9051 §2.2), hashes the
 *       normalised octets, and returns only once they are durable: a crash after {@code put}
 *       returns never loses them, a crash before leaves nothing visible under the ref.</li>
 *   <li>Equal content is stored once; concurrent puts of equal content both succeed.</li>
 *   <li>Blobs are immutable; {@link #delete} is only for blobs no message references any more
 *       (garbage collection, docs/adr/0022-blob-store.md).</li>
 * </ul>
 */
public interface BlobStore {

    /** Stores the stream's octets (line ends normalised to CRLF); returns when they are durable. */
    BlobRef put(InputStream content) throws IOException;

    /** The whole blob. */
    InputStream open(BlobRef ref) throws IOException;

    /** {@code length} octets from {@code offset}, fewer at the end of the blob (RFC 9051 partial FETCH). */
    InputStream openRange(BlobRef ref, long offset, long length) throws IOException;

    boolean exists(BlobRef ref) throws IOException;

    /** Removes a blob that nothing references any more; absent blobs are ignored. */
    void delete(BlobRef ref) throws IOException;

    /**
     * The file-system store behind this one, for garbage collection (ADR 0026), which walks its files;
     * empty for stores that collect their garbage otherwise. Through CDI the store is a proxy, hence a
     * method rather than a cast.
     */
    default java.util.Optional<FilesystemBlobStore> filesystem() {
        return java.util.Optional.empty();
    }

    /** For the start-up log line: "filesystem at /var/parley/blobs". */
    String describe();
}
