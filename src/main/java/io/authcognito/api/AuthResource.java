package io.authcognito.api;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import io.authcognito.identity.CustomerIdentityStore;
import io.authcognito.identity.LoginRefusal;
import io.authcognito.session.SessionCaller;
import io.authcognito.session.Sessions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;

/** Login, logout and who is logged in. The login itself is decided by {@link CustomerIdentityStore}. */
@Path("auth")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuthResource {

    @Context
    HttpServletRequest request;

    @Context
    HttpServletResponse response;

    @Inject
    SecurityContext security;

    @Inject
    LoginRefusal refusal;

    @Inject
    Sessions sessions;

    @POST
    @Path("login")
    @Consumes(MediaType.APPLICATION_JSON)
    public CallerView login(JsonRequest body) {
        var credential = new UsernamePasswordCredential(body.email("email"), new Password(body.password("password")));
        AuthenticationStatus status = security.authenticate(request, response,
                withParams().credential(credential).newAuthentication(true));
        if (status != AuthenticationStatus.SUCCESS) {
            if (refusal.reason() == LoginRefusal.Reason.INTERNAL_ERROR) {
                throw refusal.failure();
            }
            throw refusalFor(refusal.reason());
        }
        return SessionCaller.of(request.getSession(false))
                .map(this::view)
                .orElseThrow(() -> new ApiException(ErrorCode.INVALID_CREDENTIALS, "Wrong email or password."));
    }

    @POST
    @Path("logout")
    public void logout() throws ServletException {
        sessions.endThis(request);
        request.logout();
    }

    /** Every other session of this customer ends, on every server; this one lives on. */
    @POST
    @Path("sessions/revoke-others")
    @RolesAllowed(CustomerIdentityStore.CUSTOMER_ROLE)
    public void revokeOtherSessions() {
        sessions.endOthers(request);
    }

    @GET
    @Path("me")
    @RolesAllowed(CustomerIdentityStore.CUSTOMER_ROLE)
    public CallerView me() {
        return SessionCaller.of(request.getSession(false))
                .map(this::view)
                .orElseThrow(() -> new ApiException(ErrorCode.NOT_AUTHENTICATED, "Log in first."));
    }

    private CallerView view(SessionCaller caller) {
        return new CallerView(caller.customerId(), caller.email(), caller.groups().stream().sorted().toList());
    }

    private static ApiException refusalFor(LoginRefusal.Reason reason) {
        return switch (reason) {
            case UNAVAILABLE -> new ApiException(ErrorCode.AUTH_UNAVAILABLE,
                    "Logins cannot be checked right now; try again shortly.");
            case PASSWORD_RESET_REQUIRED -> new ApiException(ErrorCode.PASSWORD_RESET_REQUIRED,
                    "This account needs a new password: use password reset.");
            case TOO_MANY_ATTEMPTS -> new ApiException(ErrorCode.TOO_MANY_ATTEMPTS,
                    "Too many failed logins; wait a few minutes and try again.");
            case INVALID_CREDENTIALS, INTERNAL_ERROR -> new ApiException(ErrorCode.INVALID_CREDENTIALS, "Wrong email or password.");
        };
    }
}
