package dev.parley.contacts;

import dev.parley.addressbook.vcard.CardConverter;
import dev.parley.addressbook.vcard.CardVersion;
import ezvcard.VCard;
import ezvcard.parameter.EmailType;
import ezvcard.property.Kind;
import ezvcard.property.RawProperty;
import ezvcard.property.Uid;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The corporate directory (global address list) of one domain as a read-only address book, generated
 * on each request from the directory schema: active accounts and groups not marked
 * {@code hidden_in_directory}. Cards are vCard 3.0 with a stable UUID per entry; groups are Apple-style
 * group cards whose members point at the account cards (or {@code mailto:} for other addresses).
 * Its sync token is a digest of the entries' ids and change times, so any change invalidates it.
 */
final class CorporateDirectory {

    static final String BOOK_NAME = "directory";

    record Entry(String resourceName, String uid, String vcard, String etag, Instant updated) {
    }

    private final Sql sql;

    CorporateDirectory(Sql sql) {
        this.sql = sql;
    }

    String domainName(long domainId) {
        return sql.one("SELECT name FROM directory.domain WHERE id = ?", rs -> rs.getString(1), domainId).orElse("");
    }

    List<Entry> entries(long domainId) {
        String domain = domainName(domainId);
        record Account(long id, String local, String name, Instant updated) {
        }
        List<Account> accounts = sql.list("SELECT id, local_part, display_name, updated_at FROM directory.account"
                        + " WHERE domain_id = ? AND status = 'active' AND NOT hidden_in_directory ORDER BY id",
                rs -> new Account(rs.getLong(1), rs.getString(2), rs.getString(3), Sql.instant(rs, "updated_at")), domainId);
        List<Entry> out = new ArrayList<>(accounts.size());
        Map<String, String> uidByAddress = new HashMap<>();
        for (Account a : accounts) {
            String address = a.local() + "@" + domain;
            String uid = uuid("account:" + a.id());
            uidByAddress.put(address, uid);
            VCard card = new VCard();
            card.setUid(new Uid("urn:uuid:" + uid));
            card.setFormattedName(a.name() == null || a.name().isBlank() ? address : a.name());
            card.addEmail(address, EmailType.INTERNET, EmailType.WORK);
            card.setOrganization(domain);
            out.add(entry("a" + a.id() + ".vcf", uid, CardConverter.write(card, CardVersion.V3), a.updated()));
        }
        record Group(long id, String local, String name, Instant created, String[] members) {
        }
        List<Group> groups = sql.list("SELECT g.id, g.local_part, g.display_name, g.created_at,"
                        + " array(SELECT member_address FROM directory.group_member m WHERE m.group_id = g.id ORDER BY 1) AS members"
                        + " FROM directory.mail_group g WHERE g.domain_id = ? AND NOT g.hidden_in_directory ORDER BY g.id",
                rs -> new Group(rs.getLong(1), rs.getString(2), rs.getString(3), Sql.instant(rs, "created_at"),
                        Sql.strings(rs, "members")), domainId);
        for (Group g : groups) {
            String address = g.local() + "@" + domain;
            String uid = uuid("group:" + g.id());
            VCard card = new VCard();
            card.setUid(new Uid("urn:uuid:" + uid));
            card.setFormattedName(g.name() == null || g.name().isBlank() ? address : g.name());
            card.addEmail(address, EmailType.INTERNET);
            card.addProperty(new RawProperty("X-ADDRESSBOOKSERVER-KIND", "group"));
            for (String m : g.members()) {
                String memberUid = uidByAddress.get(m);
                card.addProperty(new RawProperty("X-ADDRESSBOOKSERVER-MEMBER",
                        memberUid == null ? "mailto:" + m : "urn:uuid:" + memberUid));
            }
            out.add(entry("g" + g.id() + ".vcf", uid, CardConverter.write(card, CardVersion.V3), g.created()));
        }
        return out;
    }

    /** A token that changes whenever an entry is added, removed, hidden or changed. */
    String syncToken(long domainId) {
        String digest = sql.one("SELECT md5(coalesce(string_agg(x, ',' ORDER BY x), '')) FROM ("
                        + " SELECT 'a' || id || ':' || extract(epoch FROM updated_at) AS x FROM directory.account"
                        + "  WHERE domain_id = ? AND status = 'active' AND NOT hidden_in_directory"
                        + " UNION ALL SELECT 'g' || g.id || ':' || coalesce(g.display_name, '') || ':' ||"
                        + "  (SELECT count(*) FROM directory.group_member m WHERE m.group_id = g.id)"
                        + "  FROM directory.mail_group g WHERE g.domain_id = ? AND NOT g.hidden_in_directory) e",
                rs -> rs.getString(1), domainId, domainId).orElse("");
        return "urn:parley:contacts:directory:" + domainId + ":" + digest;
    }

    private static Entry entry(String resource, String uid, String vcard, Instant updated) {
        return new Entry(resource, "urn:uuid:" + uid, vcard, Etags.of(vcard), updated);
    }

    private static String uuid(String key) {
        return UUID.nameUUIDFromBytes(("parley:directory:" + key).getBytes(StandardCharsets.UTF_8)).toString();
    }
}
