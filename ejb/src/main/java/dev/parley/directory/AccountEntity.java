package dev.parley.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

/** A mail account ({@code directory.account}); its credentials live in Keycloak ({@code keycloakId}). */
@Entity
@Table(schema = "directory", name = "account")
public class AccountEntity {

    public static final String ACTIVE = "active";
    public static final String LOCKED = "locked";
    public static final String DELETED = "deleted";

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

    @Column(nullable = false)
    private String status = ACTIVE;

    @Column(name = "quota_bytes", nullable = false)
    private long quotaBytes;

    @Column(name = "class_of_service", nullable = false)
    private String classOfService;

    /** Left out of the corporate directory (address book, autocomplete) of its domain. */
    @Column(name = "hidden_in_directory", nullable = false)
    private boolean hiddenInDirectory;

    @Column(nullable = false)
    private String[] roles = {};

    @Column(name = "keycloak_id")
    private String keycloakId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected AccountEntity() {
    }

    public AccountEntity(DomainEntity domain, String localPart, Instant now) {
        this.domain = domain;
        this.localPart = localPart;
        this.createdAt = now;
        this.updatedAt = now;
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

    public void setLocalPart(String localPart) {
        this.localPart = localPart;
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

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public long getQuotaBytes() {
        return quotaBytes;
    }

    public void setQuotaBytes(long quotaBytes) {
        this.quotaBytes = quotaBytes;
    }

    public String getClassOfService() {
        return classOfService;
    }

    public boolean isHiddenInDirectory() {
        return hiddenInDirectory;
    }

    public void setHiddenInDirectory(boolean hidden) {
        this.hiddenInDirectory = hidden;
    }

    public void setClassOfService(String classOfService) {
        this.classOfService = classOfService;
    }

    public Set<String> getRoles() {
        return new TreeSet<>(Arrays.asList(roles));
    }

    public void setRoles(Set<String> roles) {
        this.roles = new TreeSet<>(roles).toArray(String[]::new);
    }

    public String getKeycloakId() {
        return keycloakId;
    }

    public void setKeycloakId(String keycloakId) {
        this.keycloakId = keycloakId;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public void touch(Instant now) {
        this.updatedAt = now;
    }
}
