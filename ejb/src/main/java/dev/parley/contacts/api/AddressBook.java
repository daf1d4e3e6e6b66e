package dev.parley.contacts.api;

import java.io.Serializable;

/**
 * An address book as the caller sees it. {@code owner} is the owner's address (the domain for the
 * corporate directory); {@code name} the last path segment; {@code syncToken} an RFC 6578 token
 * (a URI) that also serves as CTag.
 */
public record AddressBook(long id, String owner, String name, String displayName, String description,
        BookAccess access, boolean isDefault, String syncToken, long maxResourceSize) implements Serializable {
}
