package dev.parley.mail.imap.response;

import java.util.Objects;

/**
 * How a command ends: the tagged status response to send (RFC 9051 §7.1), or a marker that the
 * command is still running ({@link #PENDING}: IDLE, AUTHENTICATE exchanges) or already answered
 * ({@link #SENT}: STARTTLS writes its OK itself).
 *
 * @param close close the connection after sending (LOGOUT)
 */
public record Completion(Status status, ResponseCode.Code code, String text, boolean close) {

    public static final Completion PENDING = new Completion(Status.OK, null, "(pending)", false);
    public static final Completion SENT = new Completion(Status.OK, null, "(sent)", false);

    public Completion {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(text, "text");
    }

    public static Completion ok(String text) {
        return new Completion(Status.OK, null, text, false);
    }

    public static Completion ok(ResponseCode.Code code, String text) {
        return new Completion(Status.OK, code, text, false);
    }

    public static Completion no(ResponseCode code, String text) {
        return new Completion(Status.NO, code == null ? null : code.bare(), text, false);
    }

    public static Completion no(ResponseCode.Code code, String text) {
        return new Completion(Status.NO, code, text, false);
    }

    public static Completion bad(String text) {
        return new Completion(Status.BAD, null, text, false);
    }

    public static Completion bad(ResponseCode code, String text) {
        return new Completion(Status.BAD, code == null ? null : code.bare(), text, false);
    }

    public Completion closing() {
        return new Completion(status, code, text, true);
    }

    public boolean isPending() {
        return this == PENDING;
    }

    public boolean isSent() {
        return this == SENT;
    }
}
