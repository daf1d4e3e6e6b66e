package dev.parley.store.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.store.mail.api.MailboxInfo;
import dev.parley.store.mail.api.SpecialUse;
import dev.parley.store.mail.api.StoreException;
import dev.parley.store.mail.api.UidSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Mailbox operations against PostgreSQL: provisioning, create, delete, rename, subscriptions, ACL. */
class MailboxStoreIT extends StoreITSupport {

    List<String> names(long account) {
        return store.listMailboxes(account).stream().map(MailboxInfo::name).toList();
    }

    @Test
    void firstAccessProvisionsTheDefaultMailboxesOnce() {
        assertEquals(List.of("Archive", "Drafts", "INBOX", "Junk", "Sent", "Trash"), names(alice));
        store.provision(alice);
        assertEquals(6, count("SELECT count(*) FROM mail.mailbox WHERE account_id = 1"));
        MailboxInfo sent = store.listMailboxes(alice).stream().filter(m -> m.name().equals("Sent")).findFirst().orElseThrow();
        assertEquals(SpecialUse.SENT, sent.specialUse());
        assertTrue(sent.subscribed());
        refused(StoreException.Kind.NOT_FOUND, () -> store.provision(99));
    }

    @Test
    void createMakesMissingParentsAndRefusesDuplicates() {
        store.createMailbox(alice, "Projects/2025/Q1", null);
        assertTrue(names(alice).containsAll(List.of("Projects", "Projects/2025", "Projects/2025/Q1")));
        assertTrue(store.listMailboxes(alice).stream().filter(m -> m.name().equals("Projects")).findFirst()
                .orElseThrow().hasChildren());
        refused(StoreException.Kind.EXISTS, () -> store.createMailbox(alice, "Projects/2025", null));
        refused(StoreException.Kind.EXISTS, () -> store.createMailbox(alice, "inbox", null));
    }

    @Test
    void deleteRefusesInboxAndParentsAndReleasesQuota() {
        store.createMailbox(alice, "Old/Stuff", null);
        refused(StoreException.Kind.CANNOT, () -> store.deleteMailbox(alice, "INBOX"));
        refused(StoreException.Kind.HAS_CHILDREN, () -> store.deleteMailbox(alice, "Old"));
        store.append(alice, "Old/Stuff", null, null, message("keep", "x"));
        assertEquals(1, store.quota(alice).messagesUsed());
        long validity = store.status(alice, "Old/Stuff").uidValidity();
        store.deleteMailbox(alice, "Old/Stuff");
        store.deleteMailbox(alice, "Old");
        assertEquals(0, store.quota(alice).messagesUsed());
        store.createMailbox(alice, "Old/Stuff", null);
        assertTrue(store.status(alice, "Old/Stuff").uidValidity() > validity, "RFC 9051 §2.3.1.1: new UIDVALIDITY");
    }

    @Test
    void renameMovesTheHierarchyAndSubscriptions() {
        store.createMailbox(alice, "Work/Clients/Acme", null);
        store.subscribe(alice, "Work/Clients/Acme", true);
        store.append(alice, "Work/Clients/Acme", null, null, message("hello", "acme"));
        store.renameMailbox(alice, "Work", "Archive/2024/Work");
        List<String> names = names(alice);
        assertTrue(names.containsAll(List.of("Archive/2024", "Archive/2024/Work", "Archive/2024/Work/Clients",
                "Archive/2024/Work/Clients/Acme")), names::toString);
        assertFalse(names.stream().anyMatch(n -> n.startsWith("Work")), names::toString);
        assertEquals(1, store.status(alice, "Archive/2024/Work/Clients/Acme").messages());
        assertTrue(store.subscriptions(alice).contains("Archive/2024/Work/Clients/Acme"));
        refused(StoreException.Kind.EXISTS, () -> store.renameMailbox(alice, "Sent", "Trash"));
        refused(StoreException.Kind.CANNOT, () -> store.renameMailbox(alice, "Sent", "Sent/Inner"));
        refused(StoreException.Kind.NOT_FOUND, () -> store.renameMailbox(alice, "Nope", "Other"));
    }

    @Test
    void renamingInboxMovesItsMessagesAndLeavesItEmpty() {
        store.createMailbox(alice, "INBOX/Lists", null);
        store.append(alice, "INBOX", null, null, message("one", "1"));
        store.append(alice, "INBOX", null, null, message("two", "2"));
        long uidNext = store.status(alice, "INBOX").uidNext();
        store.renameMailbox(alice, "inbox", "Old Inbox");
        assertEquals(0, store.status(alice, "INBOX").messages());
        assertEquals(uidNext, store.status(alice, "INBOX").uidNext(), "INBOX never reuses UIDs");
        assertEquals(List.of(1L, 2L), store.search(alice, "Old Inbox", new dev.parley.store.mail.api.SearchCriteria.All()));
        assertTrue(names(alice).contains("INBOX/Lists"), "RFC 9051 §6.3.6: inferiors of INBOX stay");
        assertEquals(UidSet.range(1, 2), store.changesSince(alice, "INBOX", 1).vanished());
    }

    @Test
    void unsubscribingWorksForNamesOfDeletedMailboxes() {
        store.createMailbox(alice, "Tmp", null);
        store.subscribe(alice, "Tmp", true);
        store.deleteMailbox(alice, "Tmp");
        assertTrue(store.subscriptions(alice).contains("Tmp"), "RFC 9051 §6.3.7: subscriptions outlive mailboxes");
        store.subscribe(alice, "Tmp", false);
        assertFalse(store.subscriptions(alice).contains("Tmp"));
        refused(StoreException.Kind.NOT_FOUND, () -> store.subscribe(alice, "Tmp", true));
    }

    @Test
    void aclEntriesAreSetModifiedAndRemoved() {
        // ACL identifiers are resolved through the directory's addresses (RFC 4314 §2: an identifier names a user)
        database.execute("INSERT INTO directory.address (address, domain_id, kind, account_id)"
                + " VALUES ('alice@example.test', 1, 'account', 1), ('bob@example.test', 1, 'account', 2)");
        store.provision(alice);
        store.setAcl(alice, "INBOX", "Bob@Example.test", "lr");
        store.setAcl(alice, "INBOX", "bob@example.test", "+sw");
        store.setAcl(alice, "INBOX", "anyone", "l");
        assertEquals("[AclEntry[identifier=alice@example.test, rights=lrswipkxtea], AclEntry[identifier=anyone, rights=l],"
                + " AclEntry[identifier=bob@example.test, rights=lrsw]]", store.getAcl(alice, "INBOX").toString());
        store.setAcl(alice, "INBOX", "anyone", "");
        assertEquals(2, store.getAcl(alice, "INBOX").size());
    }
}
