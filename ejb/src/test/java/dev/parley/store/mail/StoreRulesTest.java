package dev.parley.store.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.parley.store.mail.api.Flag;
import dev.parley.store.mail.api.FlagMode;
import dev.parley.store.mail.api.Flags;
import dev.parley.store.mail.api.QuotaInfo;
import dev.parley.store.mail.api.StoreException;
import dev.parley.store.mail.api.UidSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The small rule classes: quota thresholds, ACL rights, UID sets, flag updates. */
class StoreRulesTest {

    @Test
    void quotaRefusesAChargeOverTheLimitAndWarnsAtTheThreshold() {
        assertEquals(Quota.Level.OK, Quota.evaluate(new QuotaInfo(899, 1000, 1, 0), 10, 1, 90));
        assertEquals(Quota.Level.WARNING, Quota.evaluate(new QuotaInfo(900, 1000, 1, 0), 10, 1, 90));
        StoreException e = assertThrows(StoreException.class,
                () -> Quota.evaluate(new QuotaInfo(1001, 1000, 1, 0), 10, 1, 90));
        assertEquals(StoreException.Kind.QUOTA_EXCEEDED, e.kind());
        assertThrows(StoreException.class, () -> Quota.evaluate(new QuotaInfo(1, 0, 11, 10), 1, 1, 90));
        assertEquals(Quota.Level.OK, Quota.evaluate(new QuotaInfo(1L << 40, 0, 5, 0), 10, 1, 90), "0 = unlimited");
    }

    @Test
    void aclRightsAreCanonicalAndObsoleteRightsExpand() {
        assertEquals("lrswi", AclRights.normalise("iwsrl"));
        assertEquals("lrkxte", AclRights.normalise("lrcd"));
        assertEquals("lrswi", AclRights.apply("lr", "+swi"));
        assertEquals("l", AclRights.apply("lrs", "-rs"));
        assertEquals("a", AclRights.apply("lrs", "a"));
        assertThrows(StoreException.class, () -> AclRights.normalise("lz"));
        assertEquals("-bob@example.test", AclRights.identifier(" -Bob@Example.test"));
    }

    @Test
    void uidSetsMergeOverlappingAndAdjacentRanges() {
        UidSet set = new UidSet(List.of(new UidSet.Range(5, 7), new UidSet.Range(1, 2), new UidSet.Range(3, 3),
                new UidSet.Range(6, 9)));
        assertEquals("1:3,5:9", set.toString());
        assertEquals("{[1,4),[5,10)}", UidSql.multirange(set));
        assertThrows(StoreException.class, () -> UidSet.range(0, 3));
    }

    @Test
    void manyRangesBecomeOneMultirangeParameter() {
        long[] odd = new long[100];
        for (int i = 0; i < odd.length; i++) {
            odd[i] = 2L * i + 1;
        }
        SqlFragment fragment = UidSql.condition("uid", UidSet.of(odd));
        assertEquals("(uid BETWEEN ? AND ? AND ?::int8multirange @> uid)", fragment.sql());
        assertEquals(List.of(1L, 199L), fragment.params().subList(0, 2));
        assertEquals("(uid = ? OR uid BETWEEN ? AND ?)", UidSql.condition("uid", new UidSet(List.of(
                new UidSet.Range(4, 4), new UidSet.Range(8, 9)))).sql());
    }

    @Test
    void storeAddSetsOnlyTheNamedFlagsAndChangesOnlyWhereDifferent() {
        FlagSql.Update add = FlagSql.of(FlagMode.ADD, new Flags(Set.of(Flag.SEEN), new TreeSet<>(Set.of("$Junk"))));
        assertEquals("seen = true, keywords = ARRAY(SELECT DISTINCT k FROM unnest(keywords || ?::text[]) k ORDER BY k)",
                add.set().sql());
        assertEquals("(seen <> true OR keywords IS DISTINCT FROM ARRAY(SELECT DISTINCT k FROM unnest(keywords"
                + " || ?::text[]) k ORDER BY k))", add.changes().sql());
        FlagSql.Update replace = FlagSql.of(FlagMode.REPLACE, Flags.of(Flag.DRAFT));
        assertEquals("seen = false, answered = false, flagged = false, deleted = false, draft = true,"
                + " keywords = ?::text[]", replace.set().sql());
        assertEquals("", FlagSql.of(FlagMode.REMOVE, Flags.NONE).set().sql());
    }

    @Test
    void flagsParseSystemFlagsCaseInsensitivelyAndRefuseBadKeywords() {
        Flags flags = Flags.parse(List.of("\\seen", "$Forwarded", "\\Flagged"));
        assertEquals(List.of("\\Seen", "\\Flagged", "$Forwarded"), flags.names());
        assertThrows(StoreException.class, () -> Flags.parse(List.of("bad keyword")));
        assertThrows(StoreException.class, () -> Flags.parse(List.of("\\Unknown")));
    }
}
