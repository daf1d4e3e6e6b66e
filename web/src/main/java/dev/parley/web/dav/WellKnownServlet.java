package dev.parley.web.dav;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * RFC 6764 §5: {@code /.well-known/caldav} and {@code /.well-known/carddav} redirect to the DAV root,
 * where PROPFIND of {@code current-user-principal} (RFC 5397) leads on to the principal. Any method
 * (clients send PROPFIND as well as GET) gets the redirect; no authentication is needed for it.
 */
@WebServlet({"/.well-known/caldav", "/.well-known/carddav"})
public class WellKnownServlet extends HttpServlet {

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
        response.setHeader("Location", request.getContextPath() + "/dav/");
        response.setContentLength(0);
    }
}
