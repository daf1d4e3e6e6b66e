package dev.parley.web.ui;

import dev.parley.directory.api.DirectoryException;
import dev.parley.directory.api.DirectoryService;
import dev.parley.directory.api.DomainChange;
import dev.parley.directory.api.DomainView;
import dev.parley.directory.api.NewDomain;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;

/** {@code /admin/}: the domains the user manages; admins also create and delete them. */
@Named
@ViewScoped
public class DomainsConsole implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    DirectoryService directory;

    @Inject
    CurrentUser user;

    private List<DomainView> domains;

    @NotBlank(message = "enter the domain name, e.g. example.org")
    @Size(max = 253, message = "a domain name has at most 253 characters")
    private String name;
    private String aliases;
    /** The domain whose aliases are being edited. */
    private String editing;

    public List<DomainView> getDomains() {
        if (domains == null) {
            try {
                domains = directory.listDomains(user.caller());
            } catch (DirectoryException e) {
                domains = List.of();
                Messages.refused(e, null);
            }
        }
        return domains;
    }

    public void startCreate() {
        name = null;
        aliases = null;
    }

    public void create() {
        try {
            DomainView created = directory.createDomain(user.caller(), new NewDomain(name, Messages.lines(aliases)));
            domains = null;
            Messages.info("Domain " + created.name() + " created");
        } catch (DirectoryException e) {
            Messages.refused(e, "domainForm", "name");
        }
    }

    public void startEdit(DomainView domain) {
        editing = domain.name();
        aliases = Messages.join(domain.aliases());
    }

    public void saveAliases() {
        change(editing, new DomainChange(Messages.lines(aliases), null), "aliases saved", "domainAliasesForm");
    }

    public void lock(String domain) {
        change(domain, new DomainChange(null, "locked"), "locked", null);
    }

    public void unlock(String domain) {
        change(domain, new DomainChange(null, "active"), "unlocked", null);
    }

    public void delete(String domain) {
        try {
            directory.deleteDomain(user.caller(), domain);
            domains = null;
            Messages.info("Domain " + domain + " deleted");
        } catch (DirectoryException e) {
            Messages.refused(e, null);
        }
    }

    private void change(String domain, DomainChange change, String done, String formId) {
        try {
            directory.updateDomain(user.caller(), domain, change);
            domains = null;
            Messages.info("Domain " + domain + ": " + done);
        } catch (DirectoryException e) {
            Messages.refused(e, formId, "aliases");
        }
    }

    public String joined(List<String> values) {
        return values == null ? "" : String.join(", ", values);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getAliases() {
        return aliases;
    }

    public void setAliases(String aliases) {
        this.aliases = aliases;
    }

    public String getEditing() {
        return editing;
    }
}
