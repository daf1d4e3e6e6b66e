package dev.parley.web.api.problem;

/** The request body or a parameter could not be read as the API expects: a {@code 400}. */
public class MalformedRequestException extends RuntimeException {

    private final String field;

    public MalformedRequestException(String detail, String field, Throwable cause) {
        super(detail, cause);
        this.field = field;
    }

    public MalformedRequestException(String detail) {
        this(detail, null, null);
    }

    public String field() {
        return field;
    }
}
