package dev.parley.mail.smtp.codec;

/**
 * Every reply the engine sends, basic and enhanced codes paired (RFC 5321 §4.2.2, RFC 3463). Handlers
 * take replies from here and at most add detail; no reply literals elsewhere.
 */
public final class SmtpReplies {

    // 2xx
    public static final SmtpReply OK = new SmtpReply(250, "2.0.0", "OK");
    public static final SmtpReply SENDER_OK = new SmtpReply(250, "2.1.0", "sender OK");
    public static final SmtpReply RECIPIENT_OK = new SmtpReply(250, "2.1.5", "recipient OK");
    public static final SmtpReply RESET = new SmtpReply(250, "2.0.0", "reset");
    public static final SmtpReply QUEUED = new SmtpReply(250, "2.0.0", "OK queued as");
    public static final SmtpReply DELIVERED = new SmtpReply(250, "2.1.5", "delivered");
    public static final SmtpReply CHUNK_OK = new SmtpReply(250, "2.0.0", "chunk received");
    public static final SmtpReply BYE = new SmtpReply(221, "2.0.0", "bye");
    public static final SmtpReply AUTH_OK = new SmtpReply(235, "2.7.0", "authentication successful");
    public static final SmtpReply VRFY_CANNOT = new SmtpReply(252, "2.5.0",
            "cannot VRFY user, but will accept message and attempt delivery");
    public static final SmtpReply HELP = new SmtpReply(214, "2.0.0",
            "commands: EHLO HELO LHLO MAIL RCPT DATA BDAT RSET NOOP QUIT VRFY HELP STARTTLS AUTH; see RFC 5321");
    public static final SmtpReply READY_TLS = new SmtpReply(220, "2.0.0", "ready to start TLS");

    // 3xx
    public static final SmtpReply START_DATA = new SmtpReply(354, null, "end data with <CR><LF>.<CR><LF>");
    public static final SmtpReply AUTH_CHALLENGE = new SmtpReply(334, null, " ");

    // 4xx
    public static final SmtpReply SHUTTING_DOWN = new SmtpReply(421, "4.3.2", "service not available, closing");
    public static final SmtpReply IDLE_TIMEOUT = new SmtpReply(421, "4.4.2", "timeout, closing");
    public static final SmtpReply TOO_MANY_ERRORS = new SmtpReply(421, "4.7.0", "too many errors, closing");
    public static final SmtpReply TOO_MANY_CONNECTIONS = new SmtpReply(421, "4.7.0",
            "too many connections from your address, try again later");
    public static final SmtpReply TOO_MANY_AUTH_FAILURES = new SmtpReply(421, "4.7.0", "too many failed authentications, closing");
    public static final SmtpReply TEMPORARY_FAILURE = new SmtpReply(451, "4.3.0", "temporary failure, try again later");
    public static final SmtpReply MAILBOX_FULL_TEMPORARY = new SmtpReply(452, "4.2.2", "mailbox full");
    public static final SmtpReply TOO_MANY_RECIPIENTS = new SmtpReply(452, "4.5.3", "too many recipients");
    public static final SmtpReply AUTH_TEMPORARY = new SmtpReply(454, "4.7.0", "temporary authentication failure");
    public static final SmtpReply TLS_UNAVAILABLE = new SmtpReply(454, "4.7.0", "TLS not available");

    // 5xx
    public static final SmtpReply UNKNOWN_COMMAND = new SmtpReply(500, "5.5.1", "command unrecognized");
    public static final SmtpReply LINE_TOO_LONG = new SmtpReply(500, "5.5.2", "line too long");
    public static final SmtpReply SYNTAX = new SmtpReply(501, "5.5.4", "syntax error in parameters or arguments");
    public static final SmtpReply BAD_ADDRESS = new SmtpReply(501, "5.1.3", "bad address syntax");
    public static final SmtpReply BAD_SENDER_ADDRESS = new SmtpReply(501, "5.1.7", "bad sender address syntax");
    public static final SmtpReply UTF8_NEEDS_SMTPUTF8 = new SmtpReply(553, "5.6.7",
            "non-ASCII address requires the SMTPUTF8 parameter");
    public static final SmtpReply NOT_IMPLEMENTED = new SmtpReply(502, "5.5.1", "command not implemented");
    public static final SmtpReply BAD_SEQUENCE = new SmtpReply(503, "5.5.1", "bad sequence of commands");
    public static final SmtpReply MECHANISM_UNSUPPORTED = new SmtpReply(504, "5.5.4", "unrecognized authentication mechanism");
    public static final SmtpReply AUTH_REQUIRED = new SmtpReply(530, "5.7.0", "authentication required");
    public static final SmtpReply ENCRYPTION_REQUIRED = new SmtpReply(538, "5.7.11",
            "encryption required for requested authentication mechanism");
    public static final SmtpReply AUTH_FAILED = new SmtpReply(535, "5.7.8", "authentication credentials invalid");
    public static final SmtpReply AUTH_CANCELLED = new SmtpReply(501, "5.0.0", "authentication cancelled");
    public static final SmtpReply UNKNOWN_USER = new SmtpReply(550, "5.1.1", "no such user");
    public static final SmtpReply SENDER_REJECTED = new SmtpReply(550, "5.7.1", "sender rejected");
    /** RFC 5321 §4.2.2 553 (mailbox name not allowed), RFC 3463 X.7.1; RFC 6409 §6.1: not the user's address. */
    public static final SmtpReply SENDER_NOT_ALLOWED = new SmtpReply(553, "5.7.1",
            "sender address not allowed for this user");
    public static final SmtpReply BARE_LINE_ENDING = new SmtpReply(550, "5.6.0",
            "bare CR or LF in message data not allowed (RFC 5321 section 2.3.8)");
    public static final SmtpReply MAILBOX_FULL = new SmtpReply(552, "5.2.2", "mailbox full");
    public static final SmtpReply MESSAGE_TOO_BIG = new SmtpReply(552, "5.3.4", "message size exceeds fixed limit");
    public static final SmtpReply NO_VALID_RECIPIENTS = new SmtpReply(554, "5.5.1", "no valid recipients");
    public static final SmtpReply RELAY_DENIED = new SmtpReply(554, "5.7.1", "relay access denied");
    public static final SmtpReply EARLY_TALKER = new SmtpReply(554, "5.5.0", "protocol error: command sent before greeting");
    public static final SmtpReply UNKNOWN_PARAMETER = new SmtpReply(555, "5.5.4",
            "MAIL FROM/RCPT TO parameters not recognized or not implemented");

    private SmtpReplies() {
    }

    /** RFC 5321 §4.3.1 greeting; RFC 2034 §3 exempts it from enhanced codes. */
    public static SmtpReply greeting(String hostname, boolean lmtp) {
        return new SmtpReply(220, null, hostname + (lmtp ? " LMTP" : " ESMTP") + " Parley ready");
    }
}
