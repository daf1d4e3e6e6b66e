package dev.parley.web.wcap;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * WCAP 3.x under {@code /wcap} ({@code /wcap/<command>.wcap}, issue 5). Classes are listed so the admin
 * API's and DAV's filters never apply here: WCAP authenticates with its own session id.
 */
@ApplicationPath("/wcap")
public class WcapApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(WcapEndpoint.class);
    }
}
