package dev.parley.web.api.security;

import dev.parley.directory.api.Caller;
import java.security.Principal;

/** The principal of an API request: the directory {@link Caller} built from a validated bearer token. */
public record CallerPrincipal(Caller caller) implements Principal {
    @Override
    public String getName() {
        return caller.username();
    }
}
