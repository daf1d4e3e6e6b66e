package dev.parley.directory;

import dev.parley.directory.api.DirectoryException;
import dev.parley.mail.address.DomainName;
import dev.parley.mail.address.InvalidAddressException;
import dev.parley.mail.address.LocalPart;
import dev.parley.mail.address.MailAddress;
import java.util.Set;
import java.util.regex.Pattern;

/** Validates request fields; every failure is INVALID and names the field. */
public final class Inputs {

    public static final int MAX_DISPLAY_NAME = 256;
    public static final int MAX_PASSWORD = 1024;
    private static final Pattern CLASS_OF_SERVICE = Pattern.compile("[a-z0-9][a-z0-9._-]{0,62}");

    private Inputs() {
    }

    public static DomainName domain(String field, String value) {
        try {
            return DomainName.of(value == null ? null : value.trim());
        } catch (InvalidAddressException e) {
            throw DirectoryException.invalid(field, e.getMessage());
        }
    }

    public static LocalPart localPart(String field, String value) {
        try {
            return LocalPart.of(value == null ? null : value.trim());
        } catch (InvalidAddressException e) {
            throw DirectoryException.invalid(field, e.getMessage());
        }
    }

    public static MailAddress address(String field, String value) {
        try {
            return MailAddress.parse(value == null ? null : value.trim());
        } catch (InvalidAddressException e) {
            throw DirectoryException.invalid(field, e.getMessage());
        }
    }

    /** Free text for people: at most 256 characters, no control characters; blank means none. */
    public static String displayName(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String name = value.strip();
        if (name.length() > MAX_DISPLAY_NAME) {
            throw DirectoryException.invalid("displayName", "display name too long: " + name.length()
                    + " characters (limit " + MAX_DISPLAY_NAME + ")");
        }
        if (name.chars().anyMatch(Character::isISOControl)) {
            throw DirectoryException.invalid("displayName", "display name contains control characters");
        }
        return name;
    }

    /** Passwords are checked against the realm policy by Keycloak; here only the obvious. */
    public static String password(String value) {
        if (value == null) {
            return null;
        }
        if (value.isEmpty()) {
            throw DirectoryException.invalid("password", "password is empty");
        }
        if (value.length() > MAX_PASSWORD) {
            throw DirectoryException.invalid("password", "password too long (limit " + MAX_PASSWORD + " characters)");
        }
        return value;
    }

    public static long quota(Long value, long absent) {
        if (value == null) {
            return absent;
        }
        if (value < 0) {
            throw DirectoryException.invalid("quotaBytes", "quotaBytes must be 0 (unlimited) or more: " + value);
        }
        return value;
    }

    public static String classOfService(String value, String absent) {
        if (value == null) {
            return absent;
        }
        String cos = value.trim().toLowerCase(java.util.Locale.ROOT);
        if (!CLASS_OF_SERVICE.matcher(cos).matches()) {
            throw DirectoryException.invalid("classOfService",
                    "class of service must be 1-63 of a-z, 0-9, '.', '_', '-': " + value);
        }
        return cos;
    }

    /** One of {@code allowed}, lower-cased. */
    public static String oneOf(String field, String value, Set<String> allowed) {
        String v = value == null ? "" : value.trim().toLowerCase(java.util.Locale.ROOT);
        if (!allowed.contains(v)) {
            throw DirectoryException.invalid(field, field + " must be one of " + new java.util.TreeSet<>(allowed)
                    + ": " + value);
        }
        return v;
    }
}
