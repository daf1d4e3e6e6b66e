package dev.parley.web.ui;

import dev.parley.directory.api.AccountChange;
import dev.parley.directory.api.AccountView;
import dev.parley.directory.api.DirectoryException;
import dev.parley.directory.api.DirectoryService;
import dev.parley.directory.api.NewAccount;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Accounts of the console's domain: list, create, edit (rename, password, quota, roles), lock, delete. */
@Named
@ViewScoped
public class AccountsConsole implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    DirectoryService directory;

    @Inject
    CurrentUser user;

    @Inject
    ConsoleDomain domain;

    private List<AccountView> accounts;
    private AccountForm form = new AccountForm();
    /** The account being edited, {@code null} while creating. */
    private AccountView editing;

    public List<AccountView> getAccounts() {
        if (accounts == null) {
            accounts = List.of();
            if (domain.isAvailable()) {
                try {
                    accounts = directory.listAccounts(user.caller(), domain.getName());
                } catch (DirectoryException e) {
                    Messages.refused(e, null);
                }
            }
        }
        return accounts;
    }

    public void startCreate() {
        editing = null;
        form = new AccountForm();
    }

    public void startEdit(AccountView account) {
        editing = account;
        form = AccountForm.of(account);
    }

    public void save() {
        try {
            if (editing == null) {
                AccountView created = directory.createAccount(user.caller(), domain.getName(), new NewAccount(
                        form.getLocalPart(), form.getDisplayName(), blankToNull(form.getPassword()), form.quotaBytes(),
                        form.getClassOfService(), Set.copyOf(form.getRoles())));
                Messages.info("Account " + created.address() + " created");
            } else {
                AccountView saved = directory.updateAccount(user.caller(), domain.getName(), editing.localPart(), change());
                Messages.info("Account " + saved.address() + " saved");
            }
            reload();
        } catch (DirectoryException e) {
            Messages.refused(e, "accountForm", "localPart");
        }
    }

    /** Only what changed, so a rename or a password reset touches nothing else. */
    private AccountChange change() {
        Set<String> roles = new LinkedHashSet<>(form.getRoles());
        return new AccountChange(
                Objects.equals(form.getLocalPart(), editing.localPart()) ? null : form.getLocalPart(),
                Objects.equals(form.getDisplayName(), editing.displayName()) ? null : form.getDisplayName(),
                blankToNull(form.getPassword()),
                Objects.equals(form.quotaBytes(), editing.quotaBytes()) ? null : form.quotaBytes(),
                Objects.equals(form.getClassOfService(), editing.classOfService()) ? null : form.getClassOfService(),
                null,
                roles.equals(editing.roles()) ? null : roles);
    }

    public void lock(AccountView account) {
        status(account, "locked");
    }

    public void unlock(AccountView account) {
        status(account, "active");
    }

    private void status(AccountView account, String status) {
        try {
            directory.updateAccount(user.caller(), domain.getName(), account.localPart(),
                    new AccountChange(null, null, null, null, null, status, null));
            Messages.info("Account " + account.address() + " " + ("locked".equals(status) ? "locked" : "unlocked"));
            reload();
        } catch (DirectoryException e) {
            Messages.refused(e, null);
        }
    }

    public void delete(AccountView account) {
        try {
            directory.deleteAccount(user.caller(), domain.getName(), account.localPart());
            Messages.info("Account " + account.address() + " deleted");
            reload();
        } catch (DirectoryException e) {
            Messages.refused(e, null);
        }
    }

    /** Roles the user may grant: only an admin grants admin (docs/api.md). */
    public List<String> getGrantableRoles() {
        return user.isAdmin() ? List.of("user", "domain-admin", "admin") : List.of("user", "domain-admin");
    }

    public String quota(AccountView account) {
        return account.quotaBytes() == 0 ? "unlimited" : (account.quotaBytes() / AccountForm.MIB) + " MiB";
    }

    public String roles(AccountView account) {
        return String.join(", ", account.roles().stream().sorted().toList());
    }

    private void reload() {
        accounts = null;
        domain.changed();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    public AccountForm getForm() {
        return form;
    }

    public boolean isEditing() {
        return editing != null;
    }
}
