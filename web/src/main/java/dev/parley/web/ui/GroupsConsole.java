package dev.parley.web.ui;

import dev.parley.directory.api.DirectoryException;
import dev.parley.directory.api.DirectoryService;
import dev.parley.directory.api.GroupChange;
import dev.parley.directory.api.GroupView;
import dev.parley.directory.api.NewGroup;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.List;

/** Groups (distribution lists) of the console's domain: members, posting policy. */
@Named
@ViewScoped
public class GroupsConsole implements Serializable {

    private static final long serialVersionUID = 1L;
    static final List<String> POSTING_POLICIES = List.of("anyone", "members", "domain");

    @EJB
    DirectoryService directory;

    @Inject
    CurrentUser user;

    @Inject
    ConsoleDomain domain;

    private List<GroupView> groups;
    /** The group being edited, {@code null} while creating. */
    private GroupView editing;

    @NotBlank(message = "enter the part before the @")
    @Size(max = 64, message = "at most 64 characters (RFC 5321)")
    private String localPart;
    @Size(max = 200, message = "at most 200 characters")
    private String displayName;
    private String postingPolicy = "anyone";
    /** Member addresses, one per line. */
    private String members;
    /** Left out of the domain's corporate directory (address book, autocomplete). */
    private boolean hiddenInDirectory;

    public List<GroupView> getGroups() {
        if (groups == null) {
            groups = List.of();
            if (domain.isAvailable()) {
                try {
                    groups = directory.listGroups(user.caller(), domain.getName());
                } catch (DirectoryException e) {
                    Messages.refused(e, null);
                }
            }
        }
        return groups;
    }

    public void startCreate() {
        editing = null;
        localPart = null;
        displayName = null;
        postingPolicy = "anyone";
        members = null;
        hiddenInDirectory = false;
    }

    public void startEdit(GroupView group) {
        editing = group;
        localPart = group.localPart();
        displayName = group.displayName();
        postingPolicy = group.postingPolicy();
        members = Messages.join(group.members());
        hiddenInDirectory = group.hiddenInDirectory();
    }

    public void save() {
        try {
            if (editing == null) {
                GroupView created = directory.createGroup(user.caller(), domain.getName(),
                        new NewGroup(localPart, displayName, postingPolicy, Messages.lines(members), hiddenInDirectory));
                Messages.info("Group " + created.address() + " created");
            } else {
                GroupView saved = directory.updateGroup(user.caller(), domain.getName(), editing.localPart(),
                        new GroupChange(displayName, postingPolicy, Messages.lines(members), hiddenInDirectory));
                Messages.info("Group " + saved.address() + " saved");
            }
            groups = null;
        } catch (DirectoryException e) {
            Messages.refused(e, "groupForm", "localPart");
        }
    }

    public void delete(GroupView group) {
        try {
            directory.deleteGroup(user.caller(), domain.getName(), group.localPart());
            groups = null;
            Messages.info("Group " + group.address() + " deleted");
        } catch (DirectoryException e) {
            Messages.refused(e, null);
        }
    }

    public String joined(List<String> values) {
        return values == null ? "" : String.join(", ", values);
    }

    public List<String> getPostingPolicies() {
        return POSTING_POLICIES;
    }

    public boolean isEditing() {
        return editing != null;
    }

    public String getLocalPart() {
        return localPart;
    }

    public void setLocalPart(String localPart) {
        this.localPart = localPart;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPostingPolicy() {
        return postingPolicy;
    }

    public void setPostingPolicy(String postingPolicy) {
        this.postingPolicy = postingPolicy;
    }

    public String getMembers() {
        return members;
    }

    public void setMembers(String members) {
        this.members = members;
    }

    public boolean isHiddenInDirectory() {
        return hiddenInDirectory;
    }

    public void setHiddenInDirectory(boolean hiddenInDirectory) {
        this.hiddenInDirectory = hiddenInDirectory;
    }
}
