package dev.parley.mail.imap.backend;

/** One RFC 4314 access control entry as GETACL lists it: identifier and rights ({@code "lrswipkxtea"} subset). */
public record AclEntry(String identifier, String rights) {
}
