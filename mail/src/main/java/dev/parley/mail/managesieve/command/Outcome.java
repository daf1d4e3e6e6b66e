package dev.parley.mail.managesieve.command;

import dev.parley.mail.managesieve.codec.Response;

import java.util.List;

/**
 * What a command sends and what happens next.
 *
 * @param text  the complete response text (data lines, then the status line), or a SASL continuation
 * @param after {@link After#START_TLS}: TLS goes in before {@code text} leaves; {@link After#CLOSE}: hang up after it
 */
public record Outcome(String text, After after) {

    public enum After { NONE, CLOSE, START_TLS }

    public static Outcome of(Response status) {
        return new Outcome(status.encode(), After.NONE);
    }

    public static Outcome of(String data, Response status) {
        return new Outcome(data + status.encode(), After.NONE);
    }

    /** A server SASL continuation (RFC 5804 §2.1 {@code continue-authenticate = string CRLF}). */
    public static Outcome continuation(String base64) {
        return new Outcome(Response.string(base64) + "\r\n", After.NONE);
    }

    public static Outcome close(Response status) {
        return new Outcome(status.encode(), After.CLOSE);
    }

    public static Outcome startTls(Response status) {
        return new Outcome(status.encode(), After.START_TLS);
    }

    public List<String> lines() {
        return List.of(text.split("\r\n"));
    }
}
