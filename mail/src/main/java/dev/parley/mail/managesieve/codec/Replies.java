package dev.parley.mail.managesieve.codec;

/**
 * Every status line the ManageSieve engine sends, in one place (STYLE: a reply catalogue per
 * protocol). Clients act on OK/NO/BYE and the response codes; texts are for humans.
 */
public final class Replies {

    private Replies() {
    }

    public static final Response OK = Response.ok(null);
    public static final Response LOGOUT = Response.ok("Logout complete");
    public static final Response NOOP = Response.ok("Done");
    public static final Response BEGIN_TLS = Response.ok("Begin TLS negotiation now");
    public static final Response AUTHENTICATED = Response.ok("Authenticated");
    public static final Response UNAUTHENTICATED = Response.ok("Unauthenticated");

    // Connection
    public static final Response AUTOLOGOUT = Response.bye("Idle for too long");
    public static final Response TOO_MANY_ERRORS = Response.bye("Too many errors, closing connection");
    public static final Response TOO_MANY_AUTH_FAILURES = Response.bye("Too many authentication failures");
    public static final Response SERVER_ERROR = Response.bye("Internal server error");

    // Client mistakes
    public static final Response UNKNOWN_COMMAND = Response.no("Unknown command");
    public static final Response AUTHENTICATE_FIRST = Response.no("Authenticate first");
    public static final Response ALREADY_AUTHENTICATED = Response.no("Already authenticated");
    public static final Response NOT_AUTHENTICATED = Response.no("Not authenticated");
    public static final Response NOT_UTF8 = Response.no("Strings must be UTF-8");

    public static Response syntax(String detail) {
        return Response.no("Syntax error: " + detail);
    }

    /** STYLE: say what was rejected. */
    public static Response malformed(MalformedLine line) {
        return line.tooLarge() ? Response.no(ResponseCode.QUOTA_MAXSIZE, line.reason()) : syntax(line.reason());
    }

    // STARTTLS (RFC 5804 §2.2)
    public static final Response TLS_ACTIVE = Response.no("TLS already active");
    public static final Response TLS_UNAVAILABLE = Response.no("STARTTLS not available");
    public static final Response TLS_AFTER_AUTH = Response.no("STARTTLS only before authentication");

    // AUTHENTICATE (RFC 5804 §2.1)
    public static final Response AUTH_FAILED = Response.no("Authentication failed");
    public static final Response AUTH_CANCELLED = Response.no("Authentication cancelled");
    public static final Response AUTH_DISABLED = Response.no("Account disabled, contact your administrator");
    public static final Response AUTH_THROTTLED = Response.no(ResponseCode.TRYLATER, "Too many failed logins, try again later");
    public static final Response AUTH_UNAVAILABLE = Response.no(ResponseCode.TRYLATER, "Authentication service unavailable");
    public static final Response ENCRYPT_NEEDED = Response.no(ResponseCode.ENCRYPT_NEEDED, "Use STARTTLS first");
    public static final Response UNSUPPORTED_MECHANISM = Response.no("Unsupported SASL mechanism");
    public static final Response MALFORMED_SASL = Response.no("Malformed SASL response");

    // Scripts (RFC 5804 §2.5–§2.12)
    public static final Response NONEXISTENT = Response.no(ResponseCode.NONEXISTENT, "There is no script by that name");
    public static final Response ALREADYEXISTS = Response.no(ResponseCode.ALREADYEXISTS, "A script by that name already exists");
    public static final Response ACTIVE = Response.no(ResponseCode.ACTIVE, "You may not delete an active script");
    public static final Response MAXSCRIPTS = Response.no(ResponseCode.QUOTA_MAXSCRIPTS, "Too many scripts");
    public static final Response MAXSIZE = Response.no(ResponseCode.QUOTA_MAXSIZE, "Script too large");
    public static final Response QUOTA = Response.no(ResponseCode.QUOTA, "Quota exceeded");
    public static final Response TRYLATER = Response.no(ResponseCode.TRYLATER, "Script storage unavailable, try again later");
    public static final Response BAD_NAME = Response.no("Bad script name");

    /** RFC 5804 §1.3: the error names the line, e.g. {@code line 3: unknown command "filein"}. */
    public static Response badScript(String compilerMessage) {
        return Response.no(compilerMessage);
    }

    public static Response tag(String tag) {
        return new Response(Response.Status.OK, ResponseCode.TAG, tag, "Done");
    }
}
