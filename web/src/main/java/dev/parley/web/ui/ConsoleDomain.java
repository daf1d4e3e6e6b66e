package dev.parley.web.ui;

import dev.parley.directory.api.DirectoryException;
import dev.parley.directory.api.DirectoryService;
import dev.parley.directory.api.DomainView;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The domain opened in {@code /admin/domain.xhtml?name=…} (a view parameter). */
@Named
@ViewScoped
public class ConsoleDomain implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    DirectoryService directory;

    @Inject
    CurrentUser user;

    private String name;
    private DomainView domain;
    private boolean loaded;

    /** The domain, or {@code null} (with a message) when it does not exist or is not the user's. */
    public DomainView getDomain() {
        if (!loaded) {
            loaded = true;
            if (name == null || name.isBlank()) {
                Messages.info("Pick a domain first");
                return null;
            }
            try {
                domain = directory.getDomain(user.caller(), name);
            } catch (DirectoryException e) {
                Messages.refused(e, null);
            }
        }
        return domain;
    }

    /** View action: loads the domain before the page renders. */
    public void load() {
        getDomain();
    }

    public boolean isAvailable() {
        return getDomain() != null;
    }

    /** Reload the domain's figures (account count) after a change. */
    void changed() {
        loaded = false;
        domain = null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name == null ? null : name.strip().toLowerCase(java.util.Locale.ROOT);
        changed();
    }
}
