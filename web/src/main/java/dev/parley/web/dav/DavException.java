package dev.parley.web.dav;

import javax.xml.namespace.QName;

/**
 * A DAV request refused with a status and, where the RFC names one, a precondition or postcondition
 * element rendered as {@code <D:error>} (RFC 4918 §16, RFC 4791 §1.3) by {@link DavExceptionMapper}.
 */
public class DavException extends RuntimeException {

    private final int status;
    private final QName condition;

    public DavException(int status, QName condition, String message) {
        super(message);
        this.status = status;
        this.condition = condition;
    }

    public static DavException badRequest(String message) {
        return new DavException(400, null, message);
    }

    public static DavException forbidden(QName condition, String message) {
        return new DavException(403, condition, message);
    }

    public static DavException notFound(String message) {
        return new DavException(404, null, message);
    }

    public static DavException notAllowed(String message) {
        return new DavException(405, null, message);
    }

    public static DavException conflict(QName condition, String message) {
        return new DavException(409, condition, message);
    }

    public static DavException preconditionFailed(String message) {
        return new DavException(412, null, message);
    }

    public int status() {
        return status;
    }

    /** The condition element for the {@code DAV:error} body, or null for none. */
    public QName condition() {
        return condition;
    }
}
