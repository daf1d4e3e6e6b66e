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
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;

/** A mail domain and its alias domains ({@code directory.domain}, {@code directory.domain_alias}). */
@Entity
@Table(schema = "directory", name = "domain")
public class DomainEntity {

    public static final String ACTIVE = "active";
    public static final String LOCKED = "locked";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(nullable = false)
    private String status = ACTIVE;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(schema = "directory", name = "domain_alias", joinColumns = @JoinColumn(name = "domain_id"))
    @Column(name = "name", nullable = false)
    private Set<String> aliases = new TreeSet<>();

    protected DomainEntity() {
    }

    public DomainEntity(String name, Instant createdAt) {
        this.name = name;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Set<String> getAliases() {
        return aliases;
    }

    public void replaceAliases(Set<String> names) {
        aliases.retainAll(names);
        aliases.addAll(names);
    }
}
