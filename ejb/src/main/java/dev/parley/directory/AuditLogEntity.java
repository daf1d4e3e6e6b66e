package dev.parley.directory;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of the append-only audit trail ({@code directory.audit_log}). */
@Entity
@Table(schema = "directory", name = "audit_log")
public class AuditLogEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private Instant at;

    @Column(nullable = false)
    private String actor;

    @Column(nullable = false)
    private String action;

    @Column(nullable = false)
    private String target;

    @Column
    private String domain;

    @Column
    private String detail;

    protected AuditLogEntity() {
    }

    public AuditLogEntity(Instant at, String actor, String action, String target, String domain, String detail) {
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.target = target;
        this.domain = domain;
        this.detail = detail;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public String getAction() {
        return action;
    }

    public String getTarget() {
        return target;
    }

    public String getDomain() {
        return domain;
    }

    public String getDetail() {
        return detail;
    }
}
