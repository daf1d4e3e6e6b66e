package dev.parley.contacts.api;

import java.io.Serializable;

/** A book shared with the account at {@code address}, read-only or read-write. */
public record Share(String address, boolean writable) implements Serializable {
}
