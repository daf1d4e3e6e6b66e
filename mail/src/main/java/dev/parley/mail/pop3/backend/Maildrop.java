package dev.parley.mail.pop3.backend;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Set;

/**
 * One locked maildrop as a POP3 session sees it (RFC 1939 §4): a fixed list of messages, numbered
 * from 1 in the order of {@link #entries()}, stable for the whole session.
 */
public interface Maildrop extends AutoCloseable {

    /** The messages, index 0 being message number 1. Never changes while the maildrop is open. */
    List<MaildropEntry> entries();

    /**
     * The raw message (RFC 5322 octets, CRLF line ends as stored; bare LF is turned into CRLF by the
     * engine). The engine streams it in chunks and closes it. May be called from a Netty event loop
     * while the response is written, so reads should be quick (local blob store).
     *
     * @param index zero-based index into {@link #entries()}
     */
    InputStream open(int index) throws IOException;

    /**
     * RFC 1939 §6: removes the messages marked deleted, called once in the UPDATE state after QUIT.
     * Must be all-or-nothing where the store allows it.
     *
     * @param indexes zero-based indexes into {@link #entries()}
     */
    void commitDeletions(Set<Integer> indexes) throws Pop3BackendException;

    /** Releases the lock without deleting anything further. Called exactly once, also after a dropped connection. */
    @Override
    void close();
}
