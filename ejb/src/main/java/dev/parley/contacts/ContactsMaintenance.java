package dev.parley.contacts;

import dev.parley.contacts.api.ContactsException;
import dev.parley.contacts.api.ContactsService;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Nightly: forgets deletion records older than {@code parley.contacts.deletions-keep-days} (default
 * 90; 0 keeps them for ever), so the change log does not grow without bound (ADR 0070). Non-persistent
 * timer: a missed night is simply done the next one.
 */
@Singleton
public class ContactsMaintenance {

    private static final Logger LOG = LoggerFactory.getLogger(ContactsMaintenance.class);

    @EJB
    private ContactsService contacts;

    @Inject
    private Config config;

    @Schedule(hour = "3", minute = "17", persistent = false)
    void pruneDeletions() {
        int days = config.getOptionalValue("parley.contacts.deletions-keep-days", Integer.class).orElse(90);
        if (days <= 0) {
            return;
        }
        try {
            int books = contacts.pruneDeletions(days);
            LOG.info("contacts: deletions older than {} days forgotten in {} address books", days, books);
        } catch (ContactsException e) {
            LOG.error("contacts: pruning deletions failed: {}", e.getMessage(), e);
        }
    }
}
