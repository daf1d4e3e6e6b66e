package dev.parley.calendar.api;

import java.io.Serializable;

/** An object without its text: for PROPFIND Depth 1 and sync listings. */
public record ObjectListing(String resourceName, String etag, int size) implements Serializable {
}
