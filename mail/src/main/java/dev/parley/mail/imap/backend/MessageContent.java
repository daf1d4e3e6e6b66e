package dev.parley.mail.imap.backend;

import dev.parley.mail.mime.ParsedMessage;

/**
 * Access to one stored message: the structure cached at arrival and the raw bytes of the blob
 * (CRLF line ends, as the structure's offsets assume).
 */
public interface MessageContent {

    /** Octets of the raw message (RFC822.SIZE). */
    long size();

    /** Envelope, body structure and offsets, parsed once at arrival. */
    ParsedMessage parsed() throws BackendException;

    /**
     * Octets {@code [offset, offset + length)} of the raw message, clipped at the end.
     *
     * @throws BackendException {@code EXPUNGED} when the message is gone, {@code UNAVAILABLE} on I/O failure
     */
    byte[] read(long offset, int length) throws BackendException;
}
