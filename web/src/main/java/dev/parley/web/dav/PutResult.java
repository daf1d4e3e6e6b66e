package dev.parley.web.dav;

/** The outcome of a PUT: created or replaced, the new entity tag, and a CalDAV Schedule-Tag or null. */
public record PutResult(boolean created, String etag, String scheduleTag) {
}
