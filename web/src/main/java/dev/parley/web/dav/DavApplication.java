package dev.parley.web.dav;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Set;

/**
 * WebDAV, CalDAV and CardDAV under {@code /dav} (docs/adr/0065). Classes are listed so the admin API's
 * filters never apply here and this application's never apply there.
 */
@ApplicationPath("/dav")
public class DavApplication extends Application {

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(DavEndpoint.class, DavAuthenticationFilter.class, DavExceptionMapper.class);
    }
}
