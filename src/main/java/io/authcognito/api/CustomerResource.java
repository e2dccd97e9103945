package io.authcognito.api;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import io.authcognito.account.AccountDeletion;
import io.authcognito.account.EmailChange;
import io.authcognito.account.PasswordChange;
import io.authcognito.account.Registration;
import io.authcognito.api.request.EmailChangeRequest;
import io.authcognito.api.request.PasswordChangeRequest;
import io.authcognito.api.request.PasswordProof;
import io.authcognito.api.request.RegistrationRequest;
import io.authcognito.customer.Customer;
import io.authcognito.customer.Customers;
import io.authcognito.identity.PasswordConfirmation;
import io.authcognito.identity.Roles;
import io.authcognito.mfa.TwoFactor;
import io.authcognito.session.NotAuthenticatedException;
import io.authcognito.session.Sessions;
import io.authcognito.api.request.JsonRequests;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Registration and everything a customer does to their own account. Every change that could lock
 * the customer out, or hand the account to someone else, first asks for the password again.
 */
@Tag(name = "customers")
@Path("customers")
@ApplicationScoped
@JsonRequests
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CustomerResource {

    @Context
    HttpServletRequest request;

    @Context
    HttpServletResponse response;

    private final SecurityContext security;
    private final Customers customers;
    private final PasswordConfirmation confirmation;
    private final Registration registration;
    private final PasswordChange passwordChange;
    private final EmailChange emailChange;
    private final AccountDeletion deletion;
    private final Sessions sessions;
    private final TwoFactor twoFactor;

    @Inject
    public CustomerResource(SecurityContext security, Customers customers, PasswordConfirmation confirmation,
                            Registration registration, PasswordChange passwordChange, EmailChange emailChange,
                            AccountDeletion deletion, Sessions sessions, TwoFactor twoFactor) {
        this.security = security;
        this.customers = customers;
        this.confirmation = confirmation;
        this.registration = registration;
        this.passwordChange = passwordChange;
        this.emailChange = emailChange;
        this.deletion = deletion;
        this.sessions = sessions;
        this.twoFactor = twoFactor;
    }

    /** For the container's client proxy, which delegates every call to the real instance. */
    protected CustomerResource() {
        this(null, null, null, null, null, null, null, null, null);
    }

    /** Account summary: what registration and email change answer. */
    public record AccountView(String id, String email) {
    }

    /** The customer's own record; {@code mfa} is {@code "totp"} or {@code "none"}. */
    public record ProfileView(String id, String email, String firstName, String lastName, String mfa) {
    }

    @POST
    @Operation(summary = "Register: the password goes to Cognito only, and the new customer is logged in")
    @APIResponse(responseCode = "201", description = "registered and logged in",
            content = @Content(schema = @Schema(implementation = AccountView.class)))
    @APIResponse(responseCode = "400", description = ErrorAnswers.INVALID_REQUEST + "; " + ErrorAnswers.INVALID_PASSWORD)
    @APIResponse(responseCode = "409", description = ErrorAnswers.EMAIL_TAKEN)
    @APIResponse(responseCode = "503", description = ErrorAnswers.AUTH_UNAVAILABLE)
    public Response register(RegistrationRequest body) {
        Customer customer = registration.register(body.email(), body.password(), body.firstName(), body.lastName());
        // the new customer is logged in as any login is: through the identity store, on a new session
        security.authenticate(request, response, withParams()
                .credential(new UsernamePasswordCredential(body.email(), new Password(body.password())))
                .newAuthentication(true));
        return Response.status(Response.Status.CREATED).entity(new AccountView(customer.id(), customer.email())).build();
    }

    @GET
    @Path("me")
    @RolesAllowed(Roles.CUSTOMER)
    @Operation(summary = "The customer's own record")
    @APIResponse(responseCode = "200", description = "the record")
    @APIResponse(responseCode = "401", description = ErrorAnswers.NOT_AUTHENTICATED)
    public ProfileView me() {
        Customer customer = caller();
        return new ProfileView(customer.id(), customer.email(), customer.firstName(), customer.lastName(),
                twoFactor.mode(customer.id()));
    }

    @POST
    @Path("me/password")
    @RolesAllowed(Roles.CUSTOMER)
    @Operation(summary = "Change the password, giving the current one; no legacy hash is left and the other sessions end")
    @APIResponse(responseCode = "204", description = "changed")
    @APIResponse(responseCode = "400", description = ErrorAnswers.INVALID_REQUEST + "; " + ErrorAnswers.INVALID_PASSWORD)
    @APIResponse(responseCode = "401", description = ErrorAnswers.WRONG_PASSWORD)
    @APIResponse(responseCode = "429", description = ErrorAnswers.TOO_MANY_ATTEMPTS)
    @APIResponse(responseCode = "503", description = ErrorAnswers.AUTH_UNAVAILABLE)
    public void changePassword(PasswordChangeRequest body) {
        passwordChange.change(confirmedCaller(body.currentPassword()).id(), body.newPassword());
        sessions.endOthers(request);
    }

    @PUT
    @Path("me/email")
    @RolesAllowed(Roles.CUSTOMER)
    @Operation(summary = "Change the email, giving the password: the database and Cognito together; the other sessions end")
    @APIResponse(responseCode = "200", description = "changed")
    @APIResponse(responseCode = "400", description = ErrorAnswers.INVALID_REQUEST)
    @APIResponse(responseCode = "409", description = ErrorAnswers.EMAIL_TAKEN)
    @APIResponse(responseCode = "401", description = ErrorAnswers.WRONG_PASSWORD)
    @APIResponse(responseCode = "429", description = ErrorAnswers.TOO_MANY_ATTEMPTS)
    @APIResponse(responseCode = "503", description = ErrorAnswers.AUTH_UNAVAILABLE)
    public AccountView changeEmail(EmailChangeRequest body) {
        Customer customer = emailChange.change(confirmedCaller(body.password()).id(), body.email());
        sessions.emailChanged(request, customer.email());
        return new AccountView(customer.id(), customer.email());
    }

    @DELETE
    @Path("me")
    @RolesAllowed(Roles.CUSTOMER)
    @Operation(summary = "Delete the account, giving the password: the Cognito user goes, the row is anonymised, every session ends")
    @APIResponse(responseCode = "204", description = "deleted")
    @APIResponse(responseCode = "400", description = ErrorAnswers.INVALID_REQUEST)
    @APIResponse(responseCode = "401", description = ErrorAnswers.WRONG_PASSWORD)
    @APIResponse(responseCode = "429", description = ErrorAnswers.TOO_MANY_ATTEMPTS)
    @APIResponse(responseCode = "503", description = ErrorAnswers.AUTH_UNAVAILABLE)
    public void delete(PasswordProof body) {
        deletion.delete(confirmedCaller(body.password()).id());
        sessions.endThis(request);
    }

    private Customer caller() {
        return customers.findAccount(security.getCallerPrincipal().getName())
                .orElseThrow(NotAuthenticatedException::new);
    }

    /** The caller, once they have given their password again. */
    private Customer confirmedCaller(String password) {
        Customer customer = caller();
        confirmation.confirm(customer, password);
        return customer;
    }
}
