package dev.parley.web.ops;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive while the application answers and the old generation is not exhausted: when more than 98 %
 * of it is still in use right after a collection, the JVM only thrashes and a restart is the cure.
 */
@Liveness
@ApplicationScoped
public class LivenessCheck implements HealthCheck {

    static final double EXHAUSTED = 0.98;

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named("parley-web");
        boolean alive = true;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            MemoryUsage afterGc = pool.getType() == MemoryType.HEAP && pool.isCollectionUsageThresholdSupported()
                    ? pool.getCollectionUsage() : null;
            boolean tenured = pool.getName().contains("Old") || pool.getName().contains("Tenured");
            if (afterGc != null && tenured && afterGc.getMax() > 0) {
                double used = (double) afterGc.getUsed() / afterGc.getMax();
                alive = used < EXHAUSTED;
                response.withData("oldGenUsedAfterGcPercent", Math.round(used * 100));
            }
        }
        return response.status(alive).build();
    }
}
