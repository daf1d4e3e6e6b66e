package dev.parley.web.api.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a REST resource (class or method) that any authenticated user may call, not only the realm
 * roles {@code admin} and {@code domain-admin} the rest of the admin API requires (for example
 * {@code GET /api/me}). The bearer token is still required and checked.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface AnyAuthenticatedUser {
}
