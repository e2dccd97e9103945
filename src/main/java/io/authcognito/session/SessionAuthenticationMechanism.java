package io.authcognito.session;

import io.authcognito.error.ErrorBody;
import io.authcognito.identity.CustomerPrincipal;
import io.authcognito.identity.DeviceCookies;
import io.authcognito.identity.LoginRefusal;
import io.authcognito.identity.MfaExpiredException;
import io.authcognito.identity.MfaRequiredException;
import io.authcognito.identity.PendingLogin;
import io.authcognito.identity.SecondFactorCredential;
import io.authcognito.identity.WrongSecondFactorException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.security.enterprise.AuthenticationException;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Logs a customer in on a container HTTP session and restores the caller from it on every later
 * request, unless the session has been revoked. A login whose second factor is due waits in the
 * session, with no caller, for its code ({@link PendingLogin}). Jakarta Security's {@code @AutoApplySession}
 * would give Liberty's LTPA single sign-on cookie instead, which outlives logout and cannot be
 * revoked, so the session is kept here.
 */
@ApplicationScoped
public class SessionAuthenticationMechanism implements HttpAuthenticationMechanism {

    private static final Jsonb JSON = JsonbBuilder.create();

    private final IdentityStoreHandler identityStores;
    private final Revocations revocations;
    private final Sessions sessions;
    private final DeviceCookies deviceCookies;
    private final SessionSettings settings;
    private final LoginRefusal refusal;
    private final Duration secondFactorWait;

    @Inject
    public SessionAuthenticationMechanism(IdentityStoreHandler identityStores, Revocations revocations,
                                          Sessions sessions, DeviceCookies deviceCookies,
                                          @ConfigProperties SessionSettings settings, LoginRefusal refusal,
                                          @ConfigProperty(name = "auth.mfa.pending-timeout", defaultValue = "PT3M")
                                          Duration secondFactorWait) {
        this.identityStores = identityStores;
        this.revocations = revocations;
        this.sessions = sessions;
        this.deviceCookies = deviceCookies;
        this.settings = settings;
        this.refusal = refusal;
        this.secondFactorWait = secondFactorWait;
    }

    /** For the container's client proxy, which delegates every call to the real instance. */
    protected SessionAuthenticationMechanism() {
        this(null, null, null, null, null, null, null);
    }

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) throws AuthenticationException {
        Credential credential = context.getAuthParameters().getCredential();
        if (credential instanceof SecondFactorCredential code) {
            return secondFactor(code, request, response, context);
        }
        if (credential != null) {
            return login(credential, request, response, context);
        }
        Optional<SessionCaller> caller = validCaller(request.getSession(false));
        if (caller.isPresent()) {
            return context.notifyContainerAboutLogin(caller.get().customerId(), caller.get().groups());
        }
        if (context.isProtected() || context.isAuthenticationRequest()) {
            // asked to authenticate a caller who has no session: @RolesAllowed on an anonymous request
            return notAuthenticated(response);
        }
        return context.doNothing();
    }

    /** The caller of a session that has neither expired nor been revoked; any other session is ended on the spot. */
    private Optional<SessionCaller> validCaller(HttpSession session) {
        Optional<SessionCaller> caller = SessionCaller.of(session);
        if (caller.isPresent() && (caller.get().expired() || revocations.revoked(caller.get()))) {
            session.invalidate();
            return Optional.empty();
        }
        return caller;
    }

    private AuthenticationStatus login(Credential credential, HttpServletRequest request, HttpServletResponse response,
                                       HttpMessageContext context) throws AuthenticationException {
        CredentialValidationResult result = identityStores.validate(credential);
        if (result.getStatus() != CredentialValidationResult.Status.VALID) {
            if (refusal.reason() instanceof MfaRequiredException due) {
                // the session carries the login that waits for its code, and nothing else
                SharedSessionStore.put(newSession(request), PendingLogin.ATTRIBUTE, due.pending().waitingFor(secondFactorWait));
            }
            return AuthenticationStatus.SEND_FAILURE;
        }
        return loggedIn(result, request, response, context);
    }

    /**
     * The code for the login waiting on this session. A right one logs the customer in as a
     * password would have; a wrong one is counted, and the last wrong one or an expired login ends it.
     */
    private AuthenticationStatus secondFactor(SecondFactorCredential code, HttpServletRequest request,
                                              HttpServletResponse response, HttpMessageContext context)
            throws AuthenticationException {
        HttpSession session = request.getSession(false);
        Optional<PendingLogin> pending = pendingLogin(session).filter(login -> !login.expired());
        CredentialValidationResult result = identityStores.validate(pending.map(code::forLogin).orElse(code));
        if (result.getStatus() == CredentialValidationResult.Status.VALID) {
            return loggedIn(result, request, response, context);
        }
        RuntimeException reason = refusal.reason();
        try {
            if (reason instanceof WrongSecondFactorException && pending.get().afterWrongCode().triesLeft()) {
                SharedSessionStore.put(session, PendingLogin.ATTRIBUTE, pending.get().afterWrongCode());
            } else if ((reason instanceof WrongSecondFactorException || reason instanceof MfaExpiredException) && session != null) {
                SharedSessionStore.remove(session, PendingLogin.ATTRIBUTE);
            }
        } catch (IllegalStateException endedMeanwhile) {
            // a parallel request of this session finished the login and ended the session: nothing waits here any more
        }
        return AuthenticationStatus.SEND_FAILURE;
    }

    private static Optional<PendingLogin> pendingLogin(HttpSession session) {
        try {
            return session == null ? Optional.empty() : Optional.ofNullable((PendingLogin) session.getAttribute(PendingLogin.ATTRIBUTE));
        } catch (IllegalStateException invalidated) {
            return Optional.empty();
        }
    }

    private AuthenticationStatus loggedIn(CredentialValidationResult result, HttpServletRequest request,
                                          HttpServletResponse response, HttpMessageContext context)
            throws AuthenticationException {
        CustomerPrincipal customer = (CustomerPrincipal) result.getCallerPrincipal();
        HttpSession session = newSession(request);
        session.setMaxInactiveInterval(Math.toIntExact(settings.idleTimeout.toSeconds()));
        SessionCaller.loggedIn(customer.getName(), customer.email(), result.getCallerGroups(),
                customer.generation(), settings.maxLifetime).storeIn(session);
        // from now on this browser is a known device of the account: others' guessing cannot lock it out
        deviceCookies.issue(response, customer.email());
        return context.notifyContainerAboutLogin(result);
    }

    /**
     * The contract's 401, written here because the container answers an anonymous
     * {@code @RolesAllowed} request before JAX-RS could map anything.
     */
    private static AuthenticationStatus notAuthenticated(HttpServletResponse response) {
        try {
            response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
            response.setContentType("application/json");
            // to a string first: JSON-B closes a writer it is given, which would commit the response before Liberty sets its status
            response.getWriter().write(JSON.toJson(ErrorBody.of(new NotAuthenticatedException())));
            return AuthenticationStatus.SEND_FAILURE;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A login always gets a session of its own with a fresh id: whatever the previous session
     * held is dropped, and a session id planted before login is worthless.
     */
    private HttpSession newSession(HttpServletRequest request) throws AuthenticationException {
        if (request.getSession(false) == null) {
            return request.getSession(true);
        }
        // the previous login ends on every server, not only in this one's store
        sessions.endThis(request);
        // Liberty makes whoever is logged in when a session is created its owner, and refuses the
        // session to anyone else: the new session must not belong to the previous customer.
        try {
            request.logout();
        } catch (ServletException e) {
            throw new AuthenticationException(e);
        }
        HttpSession session = request.getSession(true);
        request.changeSessionId();
        return session;
    }
}
