package dev.parley.web.ui;

import dev.parley.directory.api.AliasView;
import dev.parley.directory.api.DirectoryException;
import dev.parley.directory.api.DirectoryService;
import dev.parley.directory.api.NewAlias;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import java.io.Serializable;
import java.util.List;

/** Aliases and the catch-all of the console's domain. */
@Named
@ViewScoped
public class AliasesConsole implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    DirectoryService directory;

    @Inject
    CurrentUser user;

    @Inject
    ConsoleDomain domain;

    private List<AliasView> aliases;

    @NotBlank(message = "enter the alias: name, name@domain, or @domain for the catch-all")
    private String address;

    @NotBlank(message = "enter the address that receives the mail")
    private String target;

    public List<AliasView> getAliases() {
        if (aliases == null) {
            aliases = List.of();
            if (domain.isAvailable()) {
                try {
                    aliases = directory.listAliases(user.caller(), domain.getName());
                } catch (DirectoryException e) {
                    Messages.refused(e, null);
                }
            }
        }
        return aliases;
    }

    public void startCreate() {
        address = null;
        target = null;
    }

    public void create() {
        try {
            AliasView created = directory.createAlias(user.caller(), domain.getName(), new NewAlias(qualified(address), qualified(target)));
            aliases = null;
            Messages.info("Alias " + created.address() + " → " + created.target() + " created");
        } catch (DirectoryException e) {
            Messages.refused(e, "aliasForm", "address");
        }
    }

    public void delete(AliasView alias) {
        try {
            directory.deleteAlias(user.caller(), domain.getName(), alias.address());
            aliases = null;
            Messages.info("Alias " + alias.address() + " deleted");
        } catch (DirectoryException e) {
            Messages.refused(e, null);
        }
    }

    /** A bare local part means an address of the console's domain. */
    private String qualified(String value) {
        return value == null || value.contains("@") ? value : value.strip() + "@" + domain.getName();
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public String getTarget() {
        return target;
    }

    public void setTarget(String target) {
        this.target = target;
    }
}
