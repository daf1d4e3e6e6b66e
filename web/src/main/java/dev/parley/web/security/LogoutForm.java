package dev.parley.web.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/** Gives the page frame the session's {@link LogoutToken} for its logout form. */
@Named("logoutForm")
@RequestScoped
public class LogoutForm {

    @Inject
    HttpServletRequest request;

    public String getToken() {
        return LogoutToken.of(request.getSession(true));
    }

    public String getParameter() {
        return LogoutToken.PARAMETER;
    }
}
