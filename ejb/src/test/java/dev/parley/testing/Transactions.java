package dev.parley.testing;

import dev.parley.directory.Compensations;
import dev.parley.directory.DirectoryCore;
import dev.parley.directory.api.DirectoryService;
import dev.parley.keycloak.KeycloakUsers;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Plays the EJB container for {@link DirectoryCore}: one resource-local transaction per call,
 * rolled back on any exception, with the registered compensations run after a rollback.
 */
public final class Transactions {

    private final EntityManagerFactory emf;
    private final KeycloakUsers keycloak;
    private final Clock clock;
    private final List<String> compensationsRun = new ArrayList<>();
    private final List<String> credentialsInvalidated = new ArrayList<>();

    public Transactions(EntityManagerFactory emf, KeycloakUsers keycloak, Clock clock) {
        this.emf = emf;
        this.keycloak = keycloak;
        this.clock = clock;
    }

    public List<String> compensationsRun() {
        return compensationsRun;
    }

    /** Usernames the directory told the authentication layer to forget, in order. */
    public List<String> credentialsInvalidated() {
        return credentialsInvalidated;
    }

    public <T> T call(Function<DirectoryService, T> work) {
        return call(work, service -> { });
    }

    /** {@code beforeCommit} runs after the work, inside the transaction (to make a commit fail). */
    public <T> T call(Function<DirectoryService, T> work, Consumer<EntityManager> beforeCommit) {
        EntityManager em = emf.createEntityManager();
        List<Runnable> undo = new ArrayList<>();
        Compensations compensations = (description, action) -> undo.add(() -> {
            compensationsRun.add(description);
            action.run();
        });
        try {
            em.getTransaction().begin();
            T result = work.apply(new DirectoryCore(em, keycloak, compensations, clock, credentialsInvalidated::add));
            beforeCommit.accept(em);
            em.getTransaction().commit();
            return result;
        } catch (RuntimeException e) {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            undo.forEach(Runnable::run);
            throw e;
        } finally {
            em.close();
        }
    }

    public void run(Consumer<DirectoryService> work) {
        call(service -> {
            work.accept(service);
            return null;
        });
    }
}
