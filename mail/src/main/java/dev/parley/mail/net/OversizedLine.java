package dev.parley.mail.net;

/**
 * Emitted by {@link BoundedLineDecoder} instead of a line that exceeded the limit. The offending
 * bytes have been discarded up to and including the terminating LF, so the protocol can answer
 * with an error and carry on reading the next command.
 *
 * @param length how many bytes the line had (without CRLF)
 * @param limit  the configured limit
 */
public record OversizedLine(long length, int limit) {

    public OversizedLine {
        if (length <= limit) {
            throw new IllegalArgumentException("not oversized: " + length + " <= " + limit);
        }
    }

    /** The text protocols put in their error reply, e.g. {@code line too long: 10241 bytes (limit 10240)}. */
    public String describe() {
        return "line too long: " + length + " bytes (limit " + limit + ")";
    }
}
