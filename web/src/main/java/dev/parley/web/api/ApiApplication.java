package dev.parley.web.api;

import dev.parley.web.api.json.JsonRequestReader;
import dev.parley.web.api.json.JsonbProvider;
import dev.parley.web.api.problem.ProblemMapper;
import dev.parley.web.api.security.BearerAuthenticationFilter;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST admin API (docs/api.md). Its classes are listed here rather than scanned, so the API's
 * bearer filter and problem mapper never apply to the other JAX-RS applications of the WAR (WCAP, DAV).
 */
@ApplicationPath("/api")
@OpenAPIDefinition(
        info = @Info(title = "Parley admin API", version = "1",
                description = "Domains, accounts, aliases, groups and the audit log of a Parley installation. "
                        + "Errors are RFC 9457 problem details (application/problem+json).",
                license = @License(name = "Apache-2.0")),
        security = @SecurityRequirement(name = ApiApplication.SECURITY_SCHEME))
@SecurityScheme(securitySchemeName = ApiApplication.SECURITY_SCHEME, type = SecuritySchemeType.HTTP,
        scheme = "bearer", bearerFormat = "JWT",
        description = "Access token from Keycloak realm parley (RFC 6750), e.g. client parley-cli, password grant")
public class ApiApplication extends Application {

    public static final String SECURITY_SCHEME = "keycloak";

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(
                DomainsResource.class, AccountsResource.class, AliasesResource.class, GroupsResource.class,
                AuditResource.class, MeResource.class, QueueResource.class, ContactsResource.class, BlobsResource.class,
                BearerAuthenticationFilter.class, ApiMetricsFilter.class, ProblemMapper.class,
                JsonRequestReader.class, JsonbProvider.class);
    }
}
