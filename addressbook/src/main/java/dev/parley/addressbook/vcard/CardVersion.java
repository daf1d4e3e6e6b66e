package dev.parley.addressbook.vcard;

import ezvcard.VCardVersion;
import java.util.Locale;
import java.util.Optional;

/** The vCard versions CardDAV exchanges: 3.0 (RFC 2426, required by RFC 6352 §6.2.2) and 4.0 (RFC 6350). */
public enum CardVersion {
    V3("3.0", VCardVersion.V3_0),
    V4("4.0", VCardVersion.V4_0);

    private final String text;
    private final VCardVersion ez;

    CardVersion(String text, VCardVersion ez) {
        this.text = text;
        this.ez = ez;
    }

    public String text() {
        return text;
    }

    /** The media type with its version parameter, as in {@code Content-Type} and {@code address-data}. */
    public String mediaType() {
        return "text/vcard; charset=utf-8; version=" + text;
    }

    VCardVersion ez() {
        return ez;
    }

    public static Optional<CardVersion> of(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (CardVersion v : values()) {
            if (v.text.equals(t)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    static CardVersion of(VCardVersion ez) {
        return ez == VCardVersion.V4_0 ? V4 : V3;
    }
}
