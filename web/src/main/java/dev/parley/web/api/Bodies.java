package dev.parley.web.api;

import dev.parley.web.api.problem.MalformedRequestException;

/** Request bodies are required wherever a method takes one (JAX-RS passes null for an empty body). */
final class Bodies {
    private Bodies() {
    }

    static <T> T required(T body) {
        if (body == null) {
            throw new MalformedRequestException("request body is required: a JSON object");
        }
        return body;
    }
}
