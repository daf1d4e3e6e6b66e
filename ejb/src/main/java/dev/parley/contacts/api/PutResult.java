package dev.parley.contacts.api;

import java.io.Serializable;

/** The new ETag and whether the resource was created (201) or replaced (204). */
public record PutResult(String etag, boolean created) implements Serializable {
}
