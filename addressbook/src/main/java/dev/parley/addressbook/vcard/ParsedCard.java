package dev.parley.addressbook.vcard;

import java.util.List;
import java.util.Optional;

/**
 * One vCard as sent ({@link #raw}, stored and served unchanged) and the parsed view the store
 * indexes: uid, kind, formatted name, e-mail addresses, telephone numbers, organisation, group
 * members (uids or addresses, from {@code MEMBER} or {@code X-ADDRESSBOOKSERVER-MEMBER}).
 */
public record ParsedCard(String raw, CardVersion version, String uid, CardKind kind, String formattedName,
        List<String> emails, List<String> phones, String organization, List<String> members,
        Optional<CardPhoto> photo) {

    public ParsedCard {
        if (raw == null || version == null || kind == null) {
            throw new IllegalArgumentException("raw text, version and kind are required");
        }
        emails = List.copyOf(emails);
        phones = List.copyOf(phones);
        members = List.copyOf(members);
        photo = photo == null ? Optional.empty() : photo;
    }

    public boolean isGroup() {
        return kind == CardKind.GROUP;
    }
}
