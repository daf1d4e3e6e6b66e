package dev.parley.auth;

/**
 * Tells the authentication layer that what it may have cached about an account no longer holds: the
 * account was locked, deleted or renamed, its password changed, or its domain was locked. The
 * directory calls it on each such change.
 *
 * <p>One JVM today: the call evicts the local credential cache. With several nodes (a Payara
 * deployment group, DESIGN.md "front end / back end") the implementation is where a Hazelcast topic
 * goes: publish the username on {@code parley.auth.evict} and have every node's listener evict it.
 */
public interface CredentialInvalidation {

    /** Forgets any cached successful check for {@code username} (case-insensitive). */
    void invalidate(String username);
}
