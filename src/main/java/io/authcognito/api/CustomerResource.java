package io.authcognito.api;

import static jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters.withParams;

import io.authcognito.account.AccountDeletion;
import io.authcognito.account.EmailChange;
import io.authcognito.account.PasswordChange;
import io.authcognito.account.Registration;
import io.authcognito.customer.Customer;
import io.authcognito.customer.Customers;
import io.authcognito.identity.CustomerIdentityStore;
import io.authcognito.identity.PasswordConfirmation;
import io.authcognito.session.Sessions;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
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

/** Registration and everything a customer does to their own account. */
@Path("customers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CustomerResource {

    @Context
    HttpServletRequest request;

    @Context
    HttpServletResponse response;

    @Inject
    SecurityContext security;

    @Inject
    Customers customers;

    @Inject
    PasswordConfirmation confirmation;

    @Inject
    Registration registration;

    @Inject
    PasswordChange passwordChange;

    @Inject
    EmailChange emailChange;

    @Inject
    AccountDeletion deletion;

    @Inject
    Sessions sessions;

    /** Account summary: what registration and email change answer. */
    public record AccountView(String id, String email) {
    }

    /** The customer's own record. */
    public record ProfileView(String id, String email, String firstName, String lastName) {
    }

    @POST
    public Response register(JsonRequest body) {
        String email = body.email("email");
        String password = body.password("password");
        Customer customer = registration.register(email, password,
                body.optionalText("firstName").orElse(null), body.optionalText("lastName").orElse(null));
        // the new customer is logged in as any login is: through the identity store, on a new session
        security.authenticate(request, response, withParams()
                .credential(new UsernamePasswordCredential(email, new Password(password))).newAuthentication(true));
        return Response.status(Response.Status.CREATED).entity(new AccountView(customer.id(), customer.email())).build();
    }

    @GET
    @Path("me")
    @RolesAllowed(CustomerIdentityStore.CUSTOMER_ROLE)
    public ProfileView me() {
        Customer customer = caller();
        return new ProfileView(customer.id(), customer.email(), customer.firstName(), customer.lastName());
    }

    @POST
    @Path("me/password")
    @RolesAllowed(CustomerIdentityStore.CUSTOMER_ROLE)
    public void changePassword(JsonRequest body) {
        String current = body.password("currentPassword");
        String next = body.password("newPassword");
        passwordChange.change(caller(), current, next);
        sessions.endOthers(request);
    }

    @PUT
    @Path("me/email")
    @RolesAllowed(CustomerIdentityStore.CUSTOMER_ROLE)
    public AccountView changeEmail(JsonRequest body) {
        String newEmail = body.email("email");
        String password = body.password("password");
        confirmation.confirm(caller(), password);
        Customer customer = emailChange.change(callerId(), newEmail);
        sessions.emailChanged(request, customer.email());
        return new AccountView(customer.id(), customer.email());
    }

    @DELETE
    @Path("me")
    @RolesAllowed(CustomerIdentityStore.CUSTOMER_ROLE)
    public void delete(JsonRequest body) {
        String password = body.password("password");
        confirmation.confirm(caller(), password);
        deletion.delete(callerId());
        sessions.endThis(request);
    }

    private String callerId() {
        return security.getCallerPrincipal().getName();
    }

    private Customer caller() {
        return customers.findAccount(callerId())
                .orElseThrow(() -> new ApiException(ErrorCode.NOT_AUTHENTICATED, "Log in first."));
    }
}
