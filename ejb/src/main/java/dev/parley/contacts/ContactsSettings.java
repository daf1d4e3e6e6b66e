package dev.parley.contacts;

import org.eclipse.microprofile.config.Config;

/**
 * {@code parley.contacts.*}: the largest card accepted (CARDDAV:max-resource-size, RFC 6352 §6.2.3),
 * the default book's name and display name, the most suggestions per autocomplete.
 */
public record ContactsSettings(long maxCardBytes, String defaultBookName, String defaultBookDisplayName,
        int maxSuggestions) {

    public static final ContactsSettings DEFAULTS = new ContactsSettings(1024 * 1024, "contacts", "Contacts", 20);

    public static ContactsSettings from(Config config) {
        return new ContactsSettings(
                config.getOptionalValue("parley.contacts.max-card-bytes", Long.class).orElse(DEFAULTS.maxCardBytes()),
                config.getOptionalValue("parley.contacts.default-book", String.class).orElse(DEFAULTS.defaultBookName()),
                config.getOptionalValue("parley.contacts.default-book-display-name", String.class)
                        .orElse(DEFAULTS.defaultBookDisplayName()),
                config.getOptionalValue("parley.contacts.autocomplete.max", Integer.class).orElse(DEFAULTS.maxSuggestions()));
    }
}
