package io.authcognito.bench;

import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;

/**
 * The platform's floor for a session request: a mechanism that hands Liberty the same caller on
 * every request, with no session and no lookup, in front of a {@code @RolesAllowed} GET of the
 * same shape as {@code GET /api/auth/me}. What Liberty and Jakarta Security cost per request,
 * which the product cannot go below. Deployed only by the benchmark, as {@code floor.war}.
 */
public final class FloorProbe {

    private FloorProbe() {
    }

    /** Same fields as the product's answer. */
    public record Caller(String id, String email, List<String> groups) {
    }

    /** Everyone is the same customer. */
    @ApplicationScoped
    public static class FixedCaller implements HttpAuthenticationMechanism {

        @Override
        public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                    HttpMessageContext context) {
            return context.notifyContainerAboutLogin("cus_probe", Set.of("customer"));
        }
    }

    @Path("me")
    public static class Me {

        @Inject
        SecurityContext security;

        @GET
        @RolesAllowed("customer")
        @Produces(MediaType.APPLICATION_JSON)
        public Caller me() {
            return new Caller(security.getCallerPrincipal().getName(), "probe@example.com", List.of("customer"));
        }
    }

    @ApplicationPath("/api")
    @DeclareRoles("customer")
    public static class FloorApplication extends Application {
    }
}
