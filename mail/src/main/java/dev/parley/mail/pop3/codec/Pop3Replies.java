package dev.parley.mail.pop3.codec;

import dev.parley.mail.pop3.codec.Pop3Response.Reply;

/**
 * Every status line the POP3 engine sends, in one place (STYLE: a reply catalogue per protocol).
 * Texts are for humans; clients act on {@code +OK}/{@code -ERR} and the response codes.
 */
public final class Pop3Replies {

    private Pop3Replies() {
    }

    private static Reply ok(String text) {
        return new Reply(true, null, text);
    }

    private static Reply err(String text) {
        return new Reply(false, null, text);
    }

    private static Reply err(ResponseCode code, String text) {
        return new Reply(false, code, text);
    }

    // Connection (RFC 1939 §4)
    public static final Reply GREETING = ok("Parley POP3 server ready");
    public static final Reply SIGNING_OFF = ok("Parley POP3 server signing off");
    public static final Reply AUTOLOGOUT = err("autologout: idle for too long");
    public static final Reply TOO_MANY_BAD = err("too many bad commands, closing connection");

    // Client mistakes
    public static final Reply UNKNOWN_COMMAND = err("unknown command");
    public static final Reply WRONG_STATE = err("command not valid in this state");
    public static final Reply NO_SUCH_MESSAGE = err("no such message");

    public static Reply syntax(String detail) {
        return err("syntax error: " + detail);
    }

    /** STYLE: say what was rejected, e.g. {@code line too long: 300 bytes (limit 255)}. */
    public static Reply tooLong(String description) {
        return err(description);
    }

    public static Reply alreadyDeleted(int number) {
        return err("message " + number + " already deleted");
    }

    // AUTHORIZATION (RFC 1939 §7, RFC 5034, RFC 3206)
    public static final Reply USER_ACCEPTED = ok("send PASS");
    public static final Reply USER_FIRST = err("send USER first");
    /** Dovecot's wording; RFC 2595 §2.1 lets servers refuse cleartext passwords without TLS. */
    public static final Reply PLAINTEXT_DISALLOWED =
            err(ResponseCode.AUTH, "plaintext authentication disallowed without TLS, use STLS");
    public static final Reply AUTH_FAILED = err(ResponseCode.AUTH, "authentication failed");
    public static final Reply ACCOUNT_DISABLED = err(ResponseCode.SYS_PERM, "account disabled, contact your administrator");
    public static final Reply THROTTLED = err(ResponseCode.SYS_TEMP, "too many failed logins, try again later");
    public static final Reply LOGIN_DELAY = err(ResponseCode.LOGIN_DELAY, "logged in too recently, try again later");
    public static final Reply AUTH_UNAVAILABLE = err(ResponseCode.SYS_TEMP, "authentication service unavailable, try again later");
    public static final Reply IN_USE = err(ResponseCode.IN_USE, "maildrop is locked by another session");
    public static final Reply MAILDROP_UNAVAILABLE = err(ResponseCode.SYS_TEMP, "maildrop unavailable, try again later");
    public static final Reply UNSUPPORTED_MECHANISM = err("unsupported authentication mechanism");
    public static final Reply AUTH_CANCELLED = err("authentication cancelled");
    public static final Reply MECHANISMS_FOLLOW = ok("supported mechanisms follow");

    public static Reply malformedSasl(String detail) {
        return err("malformed SASL response: " + detail);
    }

    public static Reply loggedIn(int count, long octets) {
        return ok("logged in, maildrop has " + count + " messages (" + octets + " octets)");
    }

    // STLS (RFC 2595 §4)
    public static final Reply BEGIN_TLS = ok("begin TLS negotiation");
    public static final Reply TLS_ACTIVE = err("TLS already active");
    public static final Reply TLS_UNAVAILABLE = err("TLS not available");

    // CAPA (RFC 2449 §5)
    public static final Reply CAPABILITIES_FOLLOW = ok("capability list follows");

    // TRANSACTION (RFC 1939 §5, §7)
    public static final Reply NOOP = ok("");

    public static Reply stat(int count, long octets) {
        return ok(count + " " + octets);
    }

    public static Reply scanListing(int number, long octets) {
        return ok(number + " " + octets);
    }

    public static Reply listFollows(int count, long octets) {
        return ok(count + " messages (" + octets + " octets)");
    }

    public static Reply uniqueId(int number, String uid) {
        return ok(number + " " + uid);
    }

    public static final Reply UIDL_FOLLOWS = ok("unique-id listing follows");

    public static Reply retrieving(long octets) {
        return ok(octets + " octets");
    }

    public static final Reply TOP_FOLLOWS = ok("top of message follows");

    public static Reply deleted(int number) {
        return ok("message " + number + " deleted");
    }

    public static Reply reset(int count, long octets) {
        return ok("maildrop has " + count + " messages (" + octets + " octets)");
    }

    // UPDATE (RFC 1939 §6)
    public static Reply signingOff(int left) {
        return ok("Parley POP3 server signing off (" + left + " messages left)");
    }

    public static final Reply DELETIONS_FAILED = err(ResponseCode.SYS_TEMP, "some deleted messages not removed, try again later");

    // Server faults (STYLE: temporary, never a stack trace)
    public static final Reply TEMPORARY_FAILURE = err(ResponseCode.SYS_TEMP, "temporary server failure, try again later");
}
