package dev.parley.web.ui;

import dev.parley.directory.api.AuditEntryView;
import dev.parley.directory.api.DirectoryException;
import dev.parley.directory.api.DirectoryService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The latest audit entries of the console's domain. */
@Named
@RequestScoped
public class AuditConsole {

    static final int LIMIT = 50;

    @EJB
    DirectoryService directory;

    @Inject
    CurrentUser user;

    @Inject
    ConsoleDomain domain;

    private List<AuditEntryView> entries;

    public List<AuditEntryView> getEntries() {
        if (entries == null) {
            entries = List.of();
            if (domain.isAvailable()) {
                try {
                    entries = directory.audit(user.caller(), domain.getName(), LIMIT);
                } catch (DirectoryException e) {
                    Messages.refused(e, null);
                }
            }
        }
        return entries;
    }
}
