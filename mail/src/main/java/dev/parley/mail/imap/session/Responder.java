package dev.parley.mail.imap.session;

import dev.parley.mail.imap.response.ResponseBuilder;

/** Where a session's responses go. Writes are buffered until {@link #flush()}. */
public interface Responder {

    /** A new response builder honouring the session's UTF-8 setting. */
    ResponseBuilder start();

    /** Ends the line (CRLF) and queues it. */
    void send(ResponseBuilder response);

    /** {@code * text}. */
    default void untagged(String text) {
        send(start().untagged().atom(text));
    }

    /** {@code + text}: RFC 9051 §7.5 command continuation request. */
    void continuation(String text);

    void flush();
}
