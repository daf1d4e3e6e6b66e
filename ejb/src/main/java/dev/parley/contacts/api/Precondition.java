package dev.parley.contacts.api;

import java.io.Serializable;

/**
 * RFC 9110 §13.1 conditions of a write: {@code ifMatch} an ETag (or "*") the current card must have,
 * {@code ifNoneMatchAny} true for {@code If-None-Match: *} (create only).
 */
public record Precondition(String ifMatch, boolean ifNoneMatchAny) implements Serializable {

    public static final Precondition NONE = new Precondition(null, false);
}
