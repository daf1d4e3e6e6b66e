package dev.parley.mail.imap.backend;

import dev.parley.mail.mime.ParsedMessage;

/**
 * Access to one stored message: the structure cached at arrival and the raw bytes of the blob
 * (CRLF line ends, as the structure's offsets assume).
 */
public interface MessageContent {

    /**
     * RFC 8474 §5.1 EMAILID: an object id that stays with the message across MOVE (and may be shared by
     * identical copies); null when the back end has none.
     */
    default String emailId() {
        return null;
    }

    /** RFC 8474 §5.2 THREADID: the id of the message's thread, or null (sent as NIL). */
    default String threadId() {
        return null;
    }

    /** Octets of the raw message (RFC822.SIZE). */
    long size();

    /** Envelope, body structure and offsets, parsed once at arrival. */
    ParsedMessage parsed() throws BackendException;

    /**
     * The model with the RFC 5256 thread keys (Message-ID, References/In-Reply-To, base subject)
     * and the sent date filled in, for THREAD. A back end whose cached model leaves them out reads
     * them from the message's header here; the default is {@link #parsed()}.
     */
    default ParsedMessage threading() throws BackendException {
        return parsed();
    }

    /**
     * Octets {@code [offset, offset + length)} of the raw message, clipped at the end.
     *
     * @throws BackendException {@code EXPUNGED} when the message is gone, {@code UNAVAILABLE} on I/O failure
     */
    byte[] read(long offset, int length) throws BackendException;
}
