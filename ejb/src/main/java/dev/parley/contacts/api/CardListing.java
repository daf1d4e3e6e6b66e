package dev.parley.contacts.api;

import java.io.Serializable;

/** A card without its text: for PROPFIND Depth 1 and sync listings. */
public record CardListing(String resourceName, String etag, int size) implements Serializable {
}
