package dev.parley.directory;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

/** A group (distribution list) with its members ({@code directory.mail_group}, {@code group_member}). */
@Entity
@Table(schema = "directory", name = "mail_group")
public class MailGroupEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "domain_id", nullable = false)
    private DomainEntity domain;

    @Column(name = "local_part", nullable = false)
    private String localPart;

    @Column(name = "display_name")
    private String displayName;

    @Column(name = "posting_policy", nullable = false)
    private String postingPolicy;

    /** Left out of the corporate directory (address book, autocomplete) of its domain. */
    @Column(name = "hidden_in_directory", nullable = false)
    private boolean hiddenInDirectory;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "directory", name = "group_member", joinColumns = @JoinColumn(name = "group_id"))
    @Column(name = "member_address", nullable = false)
    private Set<String> members = new TreeSet<>();

    protected MailGroupEntity() {
    }

    public MailGroupEntity(DomainEntity domain, String localPart, String postingPolicy, Instant now) {
        this.domain = domain;
        this.localPart = localPart;
        this.postingPolicy = postingPolicy;
        this.createdAt = now;
    }

    public Long getId() {
        return id;
    }

    public DomainEntity getDomain() {
        return domain;
    }

    public String getLocalPart() {
        return localPart;
    }

    public String address() {
        return localPart + "@" + domain.getName();
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

    public boolean isHiddenInDirectory() {
        return hiddenInDirectory;
    }

    public void setHiddenInDirectory(boolean hidden) {
        this.hiddenInDirectory = hidden;
    }

    public Set<String> getMembers() {
        return members;
    }

    public void replaceMembers(Set<String> addresses) {
        members.retainAll(addresses);
        members.addAll(addresses);
    }
}
