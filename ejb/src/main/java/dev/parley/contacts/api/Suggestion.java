package dev.parley.contacts.api;

import java.io.Serializable;

/**
 * One autocomplete answer: a display name and address, where it came from ("personal", "shared",
 * "directory", "group"), and how often the caller wrote to it.
 */
public record Suggestion(String name, String address, String source, int timesWritten) implements Serializable {
}
