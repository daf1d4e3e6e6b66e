package dev.parley.directory;

/**
 * Undo actions for work done outside the database transaction (Keycloak calls). The directory does
 * its database work first, flushes, then calls Keycloak; should the transaction still roll back
 * afterwards, the registered actions put Keycloak back.
 */
public interface Compensations {

    /** Runs {@code undo} if and only if the current transaction rolls back. */
    void onRollback(String description, Runnable undo);
}
