package dev.parley.web.ops;

import dev.parley.web.security.OidcConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while Keycloak serves the realm's OpenID discovery document (OIDC Discovery §4) within 3 s. */
@Readiness
@ApplicationScoped
public class KeycloakHealthCheck implements HealthCheck {

    static final String NAME = "keycloak";
    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    @Inject
    OidcConfig config;

    @Override
    public HealthCheckResponse call() {
        String url = config.getProviderUri() + "/.well-known/openid-configuration";
        try {
            HttpResponse<Void> answer = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            return HealthCheckResponse.named(NAME).status(answer.statusCode() == 200)
                    .withData("url", url).withData("status", answer.statusCode()).build();
        } catch (IOException | RuntimeException e) {
            return HealthCheckResponse.named(NAME).down().withData("url", url)
                    .withData("error", e.getClass().getSimpleName() + ": " + e.getMessage()).build();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return HealthCheckResponse.named(NAME).down().withData("url", url).withData("error", "interrupted").build();
        }
    }
}
