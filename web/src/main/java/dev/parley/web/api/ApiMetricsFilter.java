package dev.parley.web.api;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.time.Duration;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.Tag;

/**
 * Counts and times every REST API request (MicroProfile Metrics; Payara serves them at {@code /metrics}
 * in Prometheus format as {@code parley_api_requests_total} and {@code parley_api_request_duration_seconds}),
 * tagged by operation ({@code DomainsResource.create}), method and status class. Runs before
 * authentication so refused requests are counted too.
 */
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION - 100)
public class ApiMetricsFilter implements ContainerRequestFilter, ContainerResponseFilter {

    private static final String STARTED = ApiMetricsFilter.class.getName() + ".started";
    private static final Metadata REQUESTS = Metadata.builder().withName("parley.api.requests")
            .withDescription("REST admin API requests answered").build();
    private static final Metadata DURATION = Metadata.builder().withName("parley.api.request.duration")
            .withDescription("time to answer a REST admin API request").withUnit(MetricUnits.NANOSECONDS).build();

    @Inject
    MetricRegistry registry;

    @Context
    ResourceInfo resource;

    @Override
    public void filter(ContainerRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        Object started = request.getProperty(STARTED);
        Tag operation = new Tag("operation", operation());
        Tag method = new Tag("method", request.getMethod());
        Tag status = new Tag("status", (response.getStatus() / 100) + "xx");
        registry.counter(REQUESTS, operation, method, status).inc();
        if (started instanceof Long t0) {
            registry.timer(DURATION, operation, method).update(Duration.ofNanos(System.nanoTime() - t0));
        }
    }

    private String operation() {
        try {
            if (resource != null && resource.getResourceClass() != null && resource.getResourceMethod() != null) {
                return resource.getResourceClass().getSimpleName() + "." + resource.getResourceMethod().getName();
            }
        } catch (RuntimeException unmatched) {
            // no resource matched (404/405): counted under "unmatched"
        }
        return "unmatched";
    }
}
