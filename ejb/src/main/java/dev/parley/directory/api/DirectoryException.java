package dev.parley.directory.api;

/**
 * A directory operation refused; nothing was changed. The {@link Kind} says how front ends answer
 * (REST: 400/403/404/409; console: a validation message). {@code field} names the offending input
 * field where there is one.
 */
public class DirectoryException extends RuntimeException {

    public enum Kind { INVALID, FORBIDDEN, NOT_FOUND, CONFLICT, UNAVAILABLE }

    private final Kind kind;
    private final String field;

    public DirectoryException(Kind kind, String field, String message) {
        super(message);
        this.kind = kind;
        this.field = field;
    }

    public DirectoryException(Kind kind, String message) {
        this(kind, null, message);
    }

    public Kind kind() {
        return kind;
    }

    public String field() {
        return field;
    }

    public static DirectoryException invalid(String field, String message) {
        return new DirectoryException(Kind.INVALID, field, message);
    }

    public static DirectoryException forbidden(String message) {
        return new DirectoryException(Kind.FORBIDDEN, message);
    }

    public static DirectoryException notFound(String message) {
        return new DirectoryException(Kind.NOT_FOUND, message);
    }

    public static DirectoryException conflict(String message) {
        return new DirectoryException(Kind.CONFLICT, message);
    }
}
