package dev.parley.directory;

import dev.parley.auth.AccountStatusCheck;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * {@link AccountStatusCheck} against the directory tables: one query on the unique index of
 * {@code account.keycloak_id}, joined to the domain. A session bean, not a CDI bean, because the
 * persistence unit lives in this EJB module: a CDI bean called from the web module would look the
 * unit up in the web module's environment and not find it. A read, so no transaction of its own.
 */
@Stateless
@Local(AccountStatusCheck.class)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class DirectoryAccountStatus implements AccountStatusCheck {

    @PersistenceContext(unitName = "parley")
    EntityManager em;

    @Override
    public boolean disabled(String subject) {
        return new DirectoryRepository(em).accountMayLogIn(subject).map(mayLogIn -> !mayLogIn).orElse(false);
    }
}
