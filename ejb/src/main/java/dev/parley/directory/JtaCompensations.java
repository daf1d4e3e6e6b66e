package dev.parley.directory;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs undo actions after the current JTA transaction rolled back. */
public class JtaCompensations implements Compensations {

    private static final Logger LOG = LoggerFactory.getLogger(JtaCompensations.class);

    private final TransactionSynchronizationRegistry registry;

    public JtaCompensations(TransactionSynchronizationRegistry registry) {
        this.registry = registry;
    }

    @Override
    public void onRollback(String description, Runnable undo) {
        registry.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing: only the outcome matters
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_ROLLEDBACK) {
                    runUndo(description, undo);
                }
            }
        });
    }

    static void runUndo(String description, Runnable undo) {
        LOG.warn("transaction rolled back after a Keycloak change; compensating: {}", description);
        try {
            undo.run();
        } catch (RuntimeException e) {
            LOG.error("compensation failed, Keycloak and the directory disagree: {}", description, e);
        }
    }
}
