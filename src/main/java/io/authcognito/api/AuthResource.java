package io.authcognito.api;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import io.authcognito.api.request.LoginRequest;
import io.authcognito.api.request.SecondFactorCode;
import io.authcognito.identity.CustomerIdentityStore;
import io.authcognito.identity.InvalidCredentialsException;
import io.authcognito.identity.LoginRefusal;
import io.authcognito.identity.Roles;
import io.authcognito.identity.SecondFactorCredential;
import io.authcognito.session.NotAuthenticatedException;
import io.authcognito.session.SessionCaller;
import io.authcognito.session.Sessions;
import io.authcognito.api.request.JsonRequests;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Credential;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Login, logout and who is logged in. The login itself is decided by {@link CustomerIdentityStore}. */
@Tag(name = "auth")
@Path("auth")
@ApplicationScoped
@JsonRequests
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
    @Operation(summary = "Log in with email and password", description = "A customer still on a legacy hash moves to Cognito on the way."
            + " The answer carries a new session cookie.")
    @APIResponse(responseCode = "200", description = "logged in")
    @APIResponse(responseCode = "400", description = ErrorAnswers.INVALID_REQUEST)
    @APIResponse(responseCode = "401", description = ErrorAnswers.INVALID_CREDENTIALS + "; " + ErrorAnswers.MFA_REQUIRED)
    @APIResponse(responseCode = "403", description = ErrorAnswers.PASSWORD_RESET_REQUIRED)
    @APIResponse(responseCode = "429", description = ErrorAnswers.TOO_MANY_ATTEMPTS)
    @APIResponse(responseCode = "503", description = ErrorAnswers.AUTH_UNAVAILABLE)
    public CallerView login(LoginRequest body) {
        return loggedIn(new UsernamePasswordCredential(body.email(), new Password(body.password())));
    }

    @POST
    @Path("login/mfa")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Finish a login that answered mfa_required, with a code from the authenticator app",
            description = "The login waits on the session cookie that answer gave. The answer carries a new session cookie.")
    @APIResponse(responseCode = "200", description = "logged in")
    @APIResponse(responseCode = "400", description = ErrorAnswers.INVALID_REQUEST)
    @APIResponse(responseCode = "401", description = ErrorAnswers.WRONG_SECOND_FACTOR + "; " + ErrorAnswers.MFA_EXPIRED)
    @APIResponse(responseCode = "429", description = ErrorAnswers.TOO_MANY_ATTEMPTS)
    @APIResponse(responseCode = "503", description = ErrorAnswers.AUTH_UNAVAILABLE)
    public CallerView loginSecondFactor(SecondFactorCode body) {
        return loggedIn(SecondFactorCredential.of(body.code()));
    }

    private CallerView loggedIn(Credential credential) {
        AuthenticationStatus status = security.authenticate(request, response,
                withParams().credential(credential).newAuthentication(true));
        if (status != AuthenticationStatus.SUCCESS) {
            throw refusal.reason();
        }
        return SessionCaller.of(request.getSession(false)).map(CallerView::of).orElseThrow(InvalidCredentialsException::new);
    }

    @POST
    @Path("logout")
    @Operation(summary = "End this session, on every server (also when not logged in)")
    @APIResponse(responseCode = "204", description = "logged out")
    public void logout() throws ServletException {
        sessions.endThis(request);
        request.logout();
    }

    /** Every other session of this customer ends, on every server; this one lives on. */
    @POST
    @Path("sessions/revoke-others")
    @RolesAllowed(Roles.CUSTOMER)
    @Operation(summary = "Sign out everywhere else: every other session of this customer ends, on every server")
    @APIResponse(responseCode = "204", description = "the other sessions are over")
    @APIResponse(responseCode = "401", description = ErrorAnswers.NOT_AUTHENTICATED)
    public void revokeOtherSessions() {
        sessions.endOthers(request);
    }

    @GET
    @Path("me")
    @RolesAllowed(Roles.CUSTOMER)
    @Operation(summary = "Who is logged in on this session")
    @APIResponse(responseCode = "200", description = "the caller")
    @APIResponse(responseCode = "401", description = ErrorAnswers.NOT_AUTHENTICATED)
    public CallerView me() {
        return SessionCaller.of(request.getSession(false))
                .map(CallerView::of)
                .orElseThrow(NotAuthenticatedException::new);
    }
}
