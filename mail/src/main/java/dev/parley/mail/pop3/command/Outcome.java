package dev.parley.mail.pop3.command;

import dev.parley.mail.pop3.codec.Pop3Response;

import java.time.Duration;
import java.util.List;

/**
 * What a command asks the connection to do: write these messages (replies and message streams,
 * in order), maybe after a delay, then carry on, close, or switch to TLS.
 *
 * @param bad true when the command was a client mistake that counts towards the bad-command limit
 */
public record Outcome(List<Object> writes, After after, Duration delay, boolean bad) {

    public enum After {
        CONTINUE,
        /** Close once the writes are flushed. */
        CLOSE,
        /** RFC 2595 §4: the single write is the {@code +OK} after which TLS starts. */
        START_TLS
    }

    public Outcome {
        writes = List.copyOf(writes);
        if (writes.isEmpty()) {
            throw new IllegalArgumentException("every command gets a reply");
        }
    }

    public static Outcome reply(Pop3Response response) {
        return new Outcome(List.of(response), After.CONTINUE, Duration.ZERO, false);
    }

    public static Outcome stream(Pop3Response status, Object body) {
        return new Outcome(List.of(status, body), After.CONTINUE, Duration.ZERO, false);
    }

    public static Outcome bad(Pop3Response response) {
        return new Outcome(List.of(response), After.CONTINUE, Duration.ZERO, true);
    }

    public static Outcome close(Pop3Response response) {
        return new Outcome(List.of(response), After.CLOSE, Duration.ZERO, false);
    }

    public static Outcome startTls(Pop3Response response) {
        return new Outcome(List.of(response), After.START_TLS, Duration.ZERO, false);
    }

    public Outcome delayed(Duration by) {
        return new Outcome(writes, after, by, bad);
    }

    public Outcome closing() {
        return new Outcome(writes, After.CLOSE, delay, bad);
    }
}
