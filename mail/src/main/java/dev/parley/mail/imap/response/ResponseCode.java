package dev.parley.mail.imap.response;

/**
 * The response codes Parley sends (RFC 9051 §7.1, RFC 5530, RFC 4315, RFC 7162, RFC 7889,
 * RFC 9208, RFC 8474). The one catalogue: handlers never write codes as text.
 */
public enum ResponseCode {
    ALERT, ALREADYEXISTS, APPENDUID, AUTHENTICATIONFAILED, AUTHORIZATIONFAILED, BADCHARSET, CANNOT,
    CAPABILITY, CLIENTBUG, COMPRESSIONACTIVE, CLOSED, CONTACTADMIN, COPYUID, EXPIRED, EXPUNGEISSUED, HASCHILDREN,
    HIGHESTMODSEQ, INUSE, LIMIT, /** RFC 8474 §4 */ MAILBOXID, MODIFIED, NOMODSEQ, NONEXISTENT, NOPERM, NOTSAVED, OVERQUOTA, PARSE,
    PERMANENTFLAGS, PRIVACYREQUIRED, READ_ONLY("READ-ONLY"), READ_WRITE("READ-WRITE"), SERVERBUG, TOOBIG, TRYCREATE,
    UIDNEXT, UIDNOTSTICKY, UIDVALIDITY, UNAVAILABLE, UNKNOWN_CTE("UNKNOWN-CTE"),
    /** RFC 3501 only: first unseen message number, sent to IMAP4rev1 sessions. */
    UNSEEN;

    private final String text;

    ResponseCode() {
        this.text = name();
    }

    ResponseCode(String text) {
        this.text = text;
    }

    /** As on the wire, e.g. {@code READ-ONLY}. */
    public String text() {
        return text;
    }

    /** This code with data, e.g. {@code UIDNEXT.with("4392")}. */
    public Code with(String data) {
        return new Code(this, data);
    }

    public Code bare() {
        return new Code(this, null);
    }

    /** A response code with its optional data, rendered {@code [CODE data]}. */
    public record Code(ResponseCode code, String data) {
        public Code {
            java.util.Objects.requireNonNull(code, "code");
        }

        public String render() {
            return data == null ? "[" + code.text + "]" : "[" + code.text + " " + data + "]";
        }
    }
}
