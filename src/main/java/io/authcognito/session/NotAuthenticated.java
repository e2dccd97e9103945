package io.authcognito.session;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The contract's 401 for a request that needs a login and has none. Written here because the
 * container answers an anonymous {@code @RolesAllowed} request before JAX-RS could map anything.
 */
final class NotAuthenticated {

    static final String BODY = "{\"error\":\"not_authenticated\",\"message\":\"Log in first.\"}";

    private NotAuthenticated() {
    }

    static AuthenticationStatus send(HttpServletResponse response) {
        try {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setContentType("application/json");
            response.getWriter().write(BODY);
            return AuthenticationStatus.SEND_FAILURE;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
