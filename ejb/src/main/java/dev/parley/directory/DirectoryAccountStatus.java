package dev.parley.directory;

import dev.parley.auth.AccountStatusCheck;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * {@link AccountStatusCheck} against the directory tables: one query on the unique index of
 * {@code account.keycloak_id}, joined to the domain. Runs outside any transaction (a read).
 */
@ApplicationScoped
public class DirectoryAccountStatus implements AccountStatusCheck {

    @PersistenceContext(unitName = "parley")
    EntityManager em;

    @Override
    public boolean disabled(String subject) {
        return new DirectoryRepository(em).accountMayLogIn(subject).map(mayLogIn -> !mayLogIn).orElse(false);
    }
}
