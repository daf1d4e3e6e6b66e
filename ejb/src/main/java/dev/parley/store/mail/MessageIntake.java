package dev.parley.store.mail;

import dev.parley.mail.mime.MessageParser;
import dev.parley.mail.mime.ParsedMessage;
import dev.parley.store.blob.BlobRef;
import dev.parley.store.blob.BlobStore;
import dev.parley.store.mail.api.StoreException;
import java.io.IOException;
import java.io.InputStream;

/**
 * The non-transactional half of APPEND and delivery (STYLE: no transaction spans I/O): stream the
 * octets into the blob store, which returns once they are fsynced; parse the stored (CRLF) octets
 * once; decode the header block for header search.
 *
 * <p>Crash safety of the order "blob, then row": a crash before the blob is durable loses nothing
 * that was acknowledged (nothing was); a crash after it but before the commit leaves a blob that no
 * row references — unreachable by clients and removed by blob garbage collection after a grace
 * period (docs/adr/0022-blob-store.md); a committed row therefore always points at a durable blob.
 * The reverse order could commit a row whose blob never reached the disk.
 */
final class MessageIntake {

    private final BlobStore blobs;
    private final MessageParser parser;

    MessageIntake(BlobStore blobs, MessageParser parser) {
        this.blobs = blobs;
        this.parser = parser;
    }

    PreparedMessage prepare(InputStream raw) {
        try {
            return parse(blobs.put(raw));
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.UNAVAILABLE, "blob store failed: " + e.getMessage(), e);
        }
    }

    /** A blob that is already durable (the MTA's queued message): parsed, not written again. */
    PreparedMessage prepareStored(BlobRef ref) {
        try {
            return parse(ref);
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.UNAVAILABLE, "blob " + ref.sha256() + " unreadable: "
                    + e.getMessage(), e);
        }
    }

    private PreparedMessage parse(BlobRef ref) throws IOException {
        ParsedMessage parsed;
        try (InputStream stored = blobs.open(ref)) {
            parsed = parser.parse(stored);
        }
        byte[] header;
        try (InputStream in = blobs.openRange(ref, 0, parsed.headerLength())) {
            header = in.readAllBytes();
        }
        return new PreparedMessage(ref, parsed, HeaderText.of(header));
    }
}
