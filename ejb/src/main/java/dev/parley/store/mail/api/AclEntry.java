package dev.parley.store.mail.api;

/** One RFC 4314 access control entry: identifier ({@code anyone}, an address, or {@code -}negative) and rights. */
public record AclEntry(String identifier, String rights) {
}
