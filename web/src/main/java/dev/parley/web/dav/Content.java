package dev.parley.web.dav;

import java.time.Instant;

/** The body of a non-collection resource for GET/HEAD/COPY/MOVE. */
public record Content(byte[] body, String contentType, String etag, Instant lastModified) {
}
