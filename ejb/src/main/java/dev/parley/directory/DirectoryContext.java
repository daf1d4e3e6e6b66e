package dev.parley.directory;

import dev.parley.auth.CredentialInvalidation;
import dev.parley.directory.api.DirectoryException;
import dev.parley.keycloak.KeycloakUsers;
import java.time.Clock;

/** What every directory operation works with, inside the caller's transaction. */
record DirectoryContext(DirectoryRepository repository, AuditTrail audit, KeycloakUsers keycloak,
                        Compensations compensations, Clock clock, CredentialInvalidation credentials) {

    DomainEntity domainOrNotFound(String name) {
        return repository.domain(name).orElseThrow(() -> DirectoryException.notFound("no such domain: " + name));
    }

    /** CONFLICT when {@code address} already belongs to an account, alias, catch-all or group. */
    void requireFreeAddress(String address) {
        repository.address(address).ifPresent(existing -> {
            throw DirectoryException.conflict("address " + address + " is already in use by "
                    + existing.getKind().describe());
        });
    }

    /** Ends cached logins of {@code addresses} (see {@link CredentialInvalidation}). */
    void invalidateCredentials(String... addresses) {
        for (String address : addresses) {
            credentials.invalidate(address);
        }
    }
}
