package dev.parley.web.api.json;

import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParsingException;

/** Says precisely what was wrong with a JSON body, from a JSON-P/JSON-B failure anywhere in a cause chain. */
public final class JsonErrors {

    private JsonErrors() {
    }

    /** The detail for a 400, or {@code null} when no JSON failure is in the chain. */
    public static String describe(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JsonParsingException p) {
                var at = p.getLocation();
                return "malformed JSON" + (at == null ? "" : " at line " + at.getLineNumber()
                        + ", column " + at.getColumnNumber()) + ": " + p.getMessage();
            }
            if (t instanceof JsonbException || t instanceof JsonException) {
                JsonParsingException syntax = find(t.getCause());
                return syntax != null ? describe(syntax) : "malformed JSON: " + chain(t);
            }
        }
        return null;
    }

    private static JsonParsingException find(Throwable t) {
        for (; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JsonParsingException p) {
                return p;
            }
        }
        return null;
    }

    /** Yasson nests the useful part ("Unable to deserialize property 'quotaBytes' …") in causes. */
    private static String chain(Throwable e) {
        StringBuilder detail = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable c = e.getCause(); c != null && c != c.getCause(); c = c.getCause()) {
            if (c.getMessage() != null && detail.indexOf(c.getMessage()) < 0) {
                detail.append(": ").append(c.getMessage());
            }
        }
        return detail.toString();
    }
}
