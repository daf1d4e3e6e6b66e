package dev.parley.addressbook.io;

import dev.parley.addressbook.vcard.CardConverter;
import dev.parley.addressbook.vcard.CardParser;
import dev.parley.addressbook.vcard.CardVersion;
import dev.parley.addressbook.vcard.ParsedCard;
import ezvcard.VCard;
import ezvcard.property.Kind;
import ezvcard.property.Member;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * LDIF (RFC 2849) in Mozilla Thunderbird's address-book layout: {@code inetOrgPerson} records with
 * cn, givenName, sn, mail, mozillaSecondEmail, telephoneNumber, mobile, homePhone, o, title …, and
 * mailing lists as {@code groupOfNames} whose {@code member} DNs carry {@code mail=}. Lists become
 * vCard 4 groups ({@code KIND:group}, {@code MEMBER:mailto:…}, RFC 6350 §6.1.4/§6.6.5).
 */
public final class LdifContacts {

    private LdifContacts() {
    }

    private record Record(int number, int line, Map<String, List<String>> attributes, String error) {
        List<String> all(String name) {
            return attributes.getOrDefault(name, List.of());
        }

        String first(String name) {
            List<String> v = all(name);
            return v.isEmpty() ? null : v.get(0);
        }
    }

    public static ImportReport read(String text) {
        List<ParsedCard> cards = new ArrayList<>();
        List<ImportReport.Skipped> skipped = new ArrayList<>();
        for (Record r : records(text)) {
            if (r.error() != null) {
                skipped.add(new ImportReport.Skipped(r.number(), r.line(), r.error()));
                continue;
            }
            List<String> classes = r.all("objectclass").stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
            try {
                if (classes.contains("groupofnames")) {
                    cards.add(group(r));
                } else if (classes.isEmpty() || classes.contains("inetorgperson") || classes.contains("person")
                        || classes.contains("mozillaabpersonalpha")) {
                    cards.add(person(r).toCard());
                } else {
                    skipped.add(new ImportReport.Skipped(r.number(), r.line(), "not a person or mailing list (objectclass "
                            + String.join(", ", r.all("objectclass")) + ")"));
                }
            } catch (RuntimeException e) {
                skipped.add(new ImportReport.Skipped(r.number(), r.line(), e.getMessage()));
            }
        }
        return new ImportReport("ldif-mozilla", cards, skipped);
    }

    private static ContactFields person(Record r) {
        ContactFields f = new ContactFields();
        f.displayName = r.first("cn");
        f.given = r.first("givenname");
        f.family = r.first("sn");
        f.nickname = r.first("mozillanickname");
        f.organization = r.first("o");
        f.title = r.first("title");
        f.note = r.first("description");
        r.all("mail").forEach(f::email);
        r.all("mozillasecondemail").forEach(f::email);
        r.all("telephonenumber").forEach(v -> f.phone("work", v));
        r.all("homephone").forEach(v -> f.phone("home", v));
        r.all("mobile").forEach(v -> f.phone("cell", v));
        r.all("facsimiletelephonenumber").forEach(v -> f.phone("fax", v));
        r.all("fax").forEach(v -> f.phone("fax", v));
        r.all("pager").forEach(v -> f.phone("pager", v));
        return f;
    }

    private static ParsedCard group(Record r) {
        String name = r.first("cn");
        if (ContactFields.blank(name)) {
            throw new IllegalArgumentException("mailing list without cn");
        }
        VCard card = new VCard();
        card.setUid(new ezvcard.property.Uid("urn:uuid:" + UUID.randomUUID()));
        card.setFormattedName(name.strip());
        card.setKind(Kind.group());
        for (String dn : r.all("member")) {
            for (String rdn : dn.split(",")) {
                String[] kv = rdn.split("=", 2);
                if (kv.length == 2 && kv[0].strip().equalsIgnoreCase("mail") && !kv[1].isBlank()) {
                    card.addMember(new Member("mailto:" + kv[1].strip()));
                }
            }
        }
        return CardParser.parse(CardConverter.write(card, CardVersion.V4));
    }

    /** RFC 2849: records separated by blank lines, continuation lines start with one space, "::" is base64. */
    private static List<Record> records(String text) {
        List<Record> out = new ArrayList<>();
        String[] lines = text.split("\r\n|\n|\r", -1);
        List<String> logical = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        for (int i = 0; i <= lines.length; i++) {
            String line = i < lines.length ? lines[i] : "";
            if (line.startsWith(" ") && !logical.isEmpty()) {
                int last = logical.size() - 1;
                logical.set(last, logical.get(last) + line.substring(1));
            } else if (line.isBlank()) {
                if (!logical.isEmpty()) {
                    out.add(record(out.size() + 1, numbers.get(0), logical, numbers));
                    logical = new ArrayList<>();
                    numbers = new ArrayList<>();
                }
            } else if (!line.startsWith("#") && !line.toLowerCase(Locale.ROOT).startsWith("version:")) {
                logical.add(line);
                numbers.add(i + 1);
            }
        }
        return out;
    }

    private static Record record(int number, int line, List<String> logical, List<Integer> numbers) {
        Map<String, List<String>> attributes = new LinkedHashMap<>();
        for (int i = 0; i < logical.size(); i++) {
            String l = logical.get(i);
            int colon = l.indexOf(':');
            if (colon <= 0) {
                return new Record(number, line, attributes, "line " + numbers.get(i) + ": no ':' after the attribute name");
            }
            String name = l.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            int semi = name.indexOf(';');
            if (semi > 0) {
                name = name.substring(0, semi); // attribute options (;lang-…) are ignored
            }
            String value;
            if (l.startsWith("::", colon)) {
                try {
                    value = new String(Base64.getMimeDecoder().decode(l.substring(colon + 2).strip()), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    return new Record(number, line, attributes, "line " + numbers.get(i) + ": bad base64 value of " + name);
                }
            } else if (l.startsWith(":<", colon)) {
                return new Record(number, line, attributes, "line " + numbers.get(i) + ": URL values (" + name + ":<) are not read");
            } else {
                value = l.substring(colon + 1).strip();
            }
            attributes.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        if (!attributes.containsKey("dn")) {
            return new Record(number, line, attributes, "record without dn");
        }
        return new Record(number, line, attributes, null);
    }

    public static String write(List<ParsedCard> cards) {
        StringBuilder out = new StringBuilder();
        for (ParsedCard card : cards) {
            String mail = card.emails().isEmpty() ? null : card.emails().get(0);
            out.append(attr("dn", "cn=" + card.formattedName() + (mail == null ? "" : ",mail=" + mail)));
            if (card.isGroup()) {
                out.append("objectclass: top\r\nobjectclass: groupOfNames\r\n");
                out.append(attr("cn", card.formattedName()));
                for (String m : card.members()) {
                    if (m.toLowerCase(Locale.ROOT).startsWith("mailto:")) {
                        out.append(attr("member", "mail=" + m.substring(7)));
                    }
                }
            } else {
                out.append("objectclass: top\r\nobjectclass: person\r\nobjectclass: organizationalPerson\r\n")
                        .append("objectclass: inetOrgPerson\r\nobjectclass: mozillaAbPersonAlpha\r\n");
                out.append(attr("cn", card.formattedName()));
                if (mail != null) {
                    out.append(attr("mail", mail));
                }
                if (card.emails().size() > 1) {
                    out.append(attr("mozillaSecondEmail", card.emails().get(1)));
                }
                if (!card.phones().isEmpty()) {
                    out.append(attr("telephoneNumber", card.phones().get(0)));
                }
                if (card.organization() != null) {
                    out.append(attr("o", card.organization()));
                }
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    /** RFC 2849 §2: values that are not SAFE-STRINGs go base64 ("::"). */
    private static String attr(String name, String value) {
        boolean safe = !value.isEmpty() && value.chars().allMatch(c -> c >= 0x20 && c < 0x7f)
                && ":< ".indexOf(value.charAt(0)) < 0 && !value.endsWith(" ");
        return safe ? name + ": " + value + "\r\n"
                : name + ":: " + Base64.getEncoder().encodeToString(value.getBytes(StandardCharsets.UTF_8)) + "\r\n";
    }
}
