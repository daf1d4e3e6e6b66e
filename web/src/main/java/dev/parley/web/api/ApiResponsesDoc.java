package dev.parley.web.api;

/** Descriptions shared by the OpenAPI annotations of the resources. */
final class ApiResponsesDoc {
    static final String PROBLEM = "application/problem+json";
    static final String BAD_REQUEST = "malformed JSON or an invalid field (the problem's field member names it)";
    static final String UNAUTHORIZED = "no, invalid or expired bearer token";
    static final String FORBIDDEN = "the caller may not manage this domain";
    static final String CONFLICT = "the address or name is already in use";

    private ApiResponsesDoc() {
    }
}
