package dev.parley.store.mail;

import dev.parley.mail.mime.ParsedMessage;
import dev.parley.store.blob.BlobRef;

/**
 * A message made durable in the blob store and parsed, ready for its row: everything here was
 * computed before the transaction starts, so the transaction does no I/O but SQL.
 *
 * @param headers the decoded, unfolded header block ({@link HeaderText})
 */
record PreparedMessage(BlobRef blob, ParsedMessage parsed, String headers) {
}
