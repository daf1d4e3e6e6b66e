package dev.parley.web.api.problem;

import jakarta.ws.rs.core.Response;

/** HTTP status phrases (RFC 9110 §15) for problem titles. */
final class Statuses {
    private Statuses() {
    }

    static String phrase(int status) {
        if (status == 429) {
            return "Too Many Requests";
        }
        Response.Status known = Response.Status.fromStatusCode(status);
        return known == null ? "HTTP " + status : known.getReasonPhrase();
    }
}
