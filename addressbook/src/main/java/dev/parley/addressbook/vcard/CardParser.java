package dev.parley.addressbook.vcard;

import ezvcard.VCard;
import ezvcard.io.text.VCardReader;
import ezvcard.property.Email;
import ezvcard.property.Member;
import ezvcard.property.Organization;
import ezvcard.property.Photo;
import ezvcard.property.RawProperty;
import ezvcard.property.Telephone;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Parses one vCard 3.0 or 4.0 as sent, checks what the suite needs to store it, and builds the
 * indexed view. The text itself is never rewritten: a client gets back exactly what it PUT (RFC 6352
 * §6.3.2.3 lets a server change a card, Parley chooses not to), so unknown and {@code X-} properties
 * survive every round trip.
 *
 * <p>Checks, each with a message naming the line: one card delimited by BEGIN/END:VCARD; every
 * content line has a property name and a ':'; VERSION is 3.0 or 4.0 and comes first after BEGIN in
 * 4.0 (RFC 6350 §6.7.9, lenient for 3.0); FN present and not empty (RFC 6350 §6.2.1, RFC 2426 §3.1.1).
 */
public final class CardParser {

    public static final String APPLE_KIND = "X-ADDRESSBOOKSERVER-KIND";
    public static final String APPLE_MEMBER = "X-ADDRESSBOOKSERVER-MEMBER";

    private CardParser() {
    }

    public static ParsedCard parse(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new CardException("empty vCard");
        }
        List<CardLines.Line> lines = CardLines.unfold(raw);
        CardVersion version = checkStructure(lines);
        VCard card = read(raw);
        String fn = card.getFormattedName() == null ? null : card.getFormattedName().getValue();
        if (fn == null || fn.isBlank()) {
            throw new CardException("FN is missing or empty (RFC 6350 §6.2.1: every vCard has a formatted name)");
        }
        String uid = card.getUid() == null ? null : card.getUid().getValue();
        return new ParsedCard(raw, version, uid == null || uid.isBlank() ? null : uid.strip(), kind(card),
                fn.strip(), emails(card), phones(card), organization(card), members(card), photo(card));
    }

    private static CardVersion checkStructure(List<CardLines.Line> lines) {
        if (lines.isEmpty() || !lines.get(0).text().strip().equalsIgnoreCase("BEGIN:VCARD")) {
            throw new CardException("line " + (lines.isEmpty() ? 1 : lines.get(0).number())
                    + ": a vCard starts with BEGIN:VCARD");
        }
        CardLines.Line last = lines.get(lines.size() - 1);
        if (!last.text().strip().equalsIgnoreCase("END:VCARD")) {
            throw new CardException("line " + last.number() + ": a vCard ends with END:VCARD");
        }
        CardVersion version = null;
        int depth = 0;
        for (int i = 0; i < lines.size(); i++) {
            CardLines.Line line = lines.get(i);
            String name = line.name();
            if (name.isEmpty() || line.value() == null) {
                throw new CardException("line " + line.number() + ": not a content line (name, optional parameters, ':' value)");
            }
            String value = line.value().strip();
            if (name.equals("BEGIN") && value.equalsIgnoreCase("VCARD")) {
                depth++;
                if (depth == 1 && i > 0) {
                    throw new CardException("line " + line.number() + ": more than one vCard (send one card per resource)");
                }
            } else if (name.equals("END") && value.equalsIgnoreCase("VCARD")) {
                depth--;
                if (depth == 0 && i != lines.size() - 1) {
                    throw new CardException("line " + lines.get(i + 1).number() + ": more than one vCard (send one card per resource)");
                }
            } else if (name.equals("VERSION") && depth == 1) {
                if (version != null) {
                    throw new CardException("line " + line.number() + ": VERSION appears twice");
                }
                version = CardVersion.of(value).orElseThrow(() -> new CardException("line " + line.number()
                        + ": vCard version " + value + " is not supported (3.0 or 4.0)"));
                if (version == CardVersion.V4 && i != 1) {
                    throw new CardException("line " + line.number() + ": RFC 6350 §6.7.9: VERSION must follow BEGIN:VCARD");
                }
            }
        }
        if (version == null) {
            throw new CardException("VERSION is missing (3.0 or 4.0)");
        }
        return version;
    }

    private static VCard read(String raw) {
        try (VCardReader reader = new VCardReader(raw)) {
            VCard card = reader.readNext();
            if (card == null) {
                throw new CardException("no vCard found");
            }
            return card;
        } catch (IOException e) {
            throw new CardException("unreadable vCard: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            if (e instanceof CardException) {
                throw e;
            }
            throw new CardException("unreadable vCard: " + e.getMessage(), e);
        }
    }

    static CardKind kind(VCard card) {
        if (card.getKind() != null && card.getKind().getValue() != null) {
            return CardKind.of(card.getKind().getValue());
        }
        RawProperty apple = card.getExtendedProperty(APPLE_KIND);
        return apple == null ? CardKind.INDIVIDUAL : CardKind.of(apple.getValue());
    }

    private static List<String> emails(VCard card) {
        return card.getEmails().stream().map(Email::getValue).filter(Objects::nonNull)
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static List<String> phones(VCard card) {
        List<String> out = new ArrayList<>();
        for (Telephone t : card.getTelephoneNumbers()) {
            String v = t.getText() != null ? t.getText() : t.getUri() == null ? null : t.getUri().getNumber();
            if (v != null && !v.isBlank()) {
                out.add(v.strip());
            }
        }
        return out;
    }

    private static String organization(VCard card) {
        Organization org = card.getOrganization();
        if (org == null || org.getValues().isEmpty()) {
            return null;
        }
        String joined = String.join(", ", org.getValues().stream().filter(s -> s != null && !s.isBlank()).toList());
        return joined.isEmpty() ? null : joined;
    }

    private static List<String> members(VCard card) {
        List<String> out = new ArrayList<>();
        for (Member m : card.getMembers()) {
            if (m.getUri() != null) {
                out.add(m.getUri());
            }
        }
        for (RawProperty p : card.getExtendedProperties(APPLE_MEMBER)) {
            if (p.getValue() != null && !p.getValue().isBlank()) {
                out.add(p.getValue().strip());
            }
        }
        return out;
    }

    private static Optional<CardPhoto> photo(VCard card) {
        for (Photo p : card.getPhotos()) {
            if (p.getData() != null && p.getData().length > 0) {
                String type = p.getContentType() == null ? null : p.getContentType().getMediaType();
                return Optional.of(new CardPhoto(type == null ? null : type.toLowerCase(Locale.ROOT), p.getData()));
            }
        }
        return Optional.empty();
    }
}
