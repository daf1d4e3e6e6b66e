package dev.parley.directory;

import dev.parley.directory.api.DirectoryException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.hibernate.exception.ConstraintViolationException;

/** JPA queries of the directory; joins the caller's transaction. */
public class DirectoryRepository {

    /** PostgreSQL SQLSTATE for unique_violation (also raised by the domain namespace trigger). */
    private static final String UNIQUE_VIOLATION = "23505";

    private final EntityManager em;

    public DirectoryRepository(EntityManager em) {
        this.em = em;
    }

    public List<DomainEntity> domains() {
        return em.createQuery("select d from DomainEntity d order by d.name", DomainEntity.class).getResultList();
    }

    public Optional<DomainEntity> domain(String name) {
        return em.createQuery("select d from DomainEntity d where d.name = :name", DomainEntity.class)
                .setParameter("name", name).getResultStream().findFirst();
    }

    /** The domain ({@code "domain"}) or alias domain ({@code "alias domain"}) using {@code name}, if any. */
    public Optional<String> domainNameUse(String name, DomainEntity except) {
        Optional<DomainEntity> domain = domain(name);
        if (domain.isPresent()) {
            return domain.filter(d -> d != except).map(d -> "domain");
        }
        List<String> owners = em.createQuery(
                        "select d.name from DomainEntity d join d.aliases a where a = :name", String.class)
                .setParameter("name", name).getResultList();
        return owners.stream().filter(o -> except == null || !o.equals(except.getName()))
                .findFirst().map(o -> "alias domain of " + o);
    }

    public long accountCount(DomainEntity domain) {
        return em.createQuery("select count(a) from AccountEntity a where a.domain = :d and a.status <> 'deleted'",
                Long.class).setParameter("d", domain).getSingleResult();
    }

    public List<AccountEntity> accounts(DomainEntity domain) {
        return em.createQuery("select a from AccountEntity a where a.domain = :d and a.status <> 'deleted'"
                + " order by a.localPart", AccountEntity.class).setParameter("d", domain).getResultList();
    }

    public Optional<AccountEntity> account(DomainEntity domain, String localPart) {
        return em.createQuery("select a from AccountEntity a where a.domain = :d and a.localPart = :lp"
                        + " and a.status <> 'deleted'", AccountEntity.class)
                .setParameter("d", domain).setParameter("lp", localPart).getResultStream().findFirst();
    }

    /**
     * Whether the account with Keycloak id {@code keycloakId} may log in: empty when no account has
     * that id, else true only for an active account in an active domain (one unique-index lookup).
     */
    public Optional<Boolean> accountMayLogIn(String keycloakId) {
        return em.createQuery("select (case when a.status = 'active' and d.status = 'active' then true else false end)"
                        + " from AccountEntity a join a.domain d where a.keycloakId = :id", Boolean.class)
                .setParameter("id", keycloakId).getResultStream().findFirst();
    }

    public Optional<AddressEntity> address(String address) {
        return em.createQuery("select a from AddressEntity a where a.address = :address", AddressEntity.class)
                .setParameter("address", address).getResultStream().findFirst();
    }

    public Optional<AddressEntity> addressOf(AccountEntity account) {
        return em.createQuery("select a from AddressEntity a where a.account = :account", AddressEntity.class)
                .setParameter("account", account).getResultStream().findFirst();
    }

    public Optional<AddressEntity> addressOf(MailGroupEntity group) {
        return em.createQuery("select a from AddressEntity a where a.group = :group", AddressEntity.class)
                .setParameter("group", group).getResultStream().findFirst();
    }

    /** Aliases and the catch-all of a domain. */
    public List<AddressEntity> aliases(DomainEntity domain) {
        return em.createQuery("select a from AddressEntity a where a.domain = :d and a.kind in ('alias', 'catchall')"
                + " order by a.address", AddressEntity.class).setParameter("d", domain).getResultList();
    }

    public List<MailGroupEntity> groups(DomainEntity domain) {
        return em.createQuery("select g from MailGroupEntity g where g.domain = :d order by g.localPart",
                MailGroupEntity.class).setParameter("d", domain).getResultList();
    }

    public Optional<MailGroupEntity> group(DomainEntity domain, String localPart) {
        return em.createQuery("select g from MailGroupEntity g where g.domain = :d and g.localPart = :lp",
                        MailGroupEntity.class)
                .setParameter("d", domain).setParameter("lp", localPart).getResultStream().findFirst();
    }

    public List<AuditLogEntity> audit(String domain, int limit) {
        String where = domain == null ? "" : " where e.domain = :domain";
        var query = em.createQuery("select e from AuditLogEntity e" + where + " order by e.at desc, e.id desc",
                AuditLogEntity.class).setMaxResults(limit);
        if (domain != null) {
            query.setParameter("domain", domain);
        }
        return query.getResultList();
    }

    public void persist(Object entity) {
        em.persist(entity);
    }

    public void remove(Object entity) {
        em.remove(entity);
    }

    /**
     * Writes pending changes now, so constraint violations surface here (as CONFLICT: a concurrent
     * request took the same name) and before any Keycloak call.
     */
    public void flush() {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (isUniqueViolation(e)) {
                throw DirectoryException.conflict("already in use (changed concurrently): " + rootMessage(e));
            }
            throw e;
        }
    }

    static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException cve && UNIQUE_VIOLATION.equals(cve.getSQLState())) {
                return true;
            }
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        String message = String.valueOf(t.getMessage());
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
