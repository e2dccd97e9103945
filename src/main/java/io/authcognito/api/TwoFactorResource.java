package io.authcognito.api;

import io.authcognito.api.request.JsonRequests;
import io.authcognito.api.request.PasswordProof;
import io.authcognito.api.request.SecondFactorCode;
import io.authcognito.api.request.SecondFactorProof;
import io.authcognito.customer.Customer;
import io.authcognito.customer.Customers;
import io.authcognito.identity.Roles;
import io.authcognito.mfa.TwoFactor;
import io.authcognito.session.NotAuthenticatedException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A customer's own two-factor login with an authenticator app: on, in two steps, and off. */
@Tag(name = "customers")
@Path("customers/me/mfa")
@ApplicationScoped
@JsonRequests
@RolesAllowed(Roles.CUSTOMER)
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TwoFactorResource {

    @Inject
    SecurityContext security;

    @Inject
    Customers customers;

    @Inject
    TwoFactor twoFactor;

    @POST
    @Path("totp")
    @Operation(summary = "Set up an authenticator app, giving the password: the secret and its otpauth:// URI for a QR code",
            description = "Nothing is on until the first code is confirmed. A customer still on a legacy hash moves to Cognito first.")
    @APIResponse(responseCode = "200", description = "the secret")
    @APIResponse(responseCode = "400", description = ErrorAnswers.INVALID_REQUEST + "; " + ErrorAnswers.TOTP_ALREADY_ON)
    @APIResponse(responseCode = "401", description = ErrorAnswers.WRONG_PASSWORD)
    @APIResponse(responseCode = "429", description = ErrorAnswers.TOO_MANY_ATTEMPTS)
    @APIResponse(responseCode = "503", description = ErrorAnswers.AUTH_UNAVAILABLE)
    public TwoFactor.Enrolment enrol(PasswordProof body) {
        return twoFactor.begin(caller(), body.password());
    }

    @POST
    @Path("totp/confirm")
    @Operation(summary = "Turn two-factor login on with a first code from the app; it becomes the preferred factor")
    @APIResponse(responseCode = "204", description = "on: every login now asks for a code")
    @APIResponse(responseCode = "400", description = ErrorAnswers.INVALID_CODE)
    @APIResponse(responseCode = "401", description = ErrorAnswers.NOT_AUTHENTICATED)
    @APIResponse(responseCode = "503", description = ErrorAnswers.AUTH_UNAVAILABLE)
    public void confirm(SecondFactorCode body) {
        twoFactor.confirm(caller().id(), body.code());
    }

    @DELETE
    @Operation(summary = "Turn two-factor login off, giving the password and a code from the app")
    @APIResponse(responseCode = "204", description = "off")
    @APIResponse(responseCode = "400", description = ErrorAnswers.INVALID_REQUEST + "; " + ErrorAnswers.INVALID_CODE)
    @APIResponse(responseCode = "401", description = ErrorAnswers.WRONG_PASSWORD)
    @APIResponse(responseCode = "429", description = ErrorAnswers.TOO_MANY_ATTEMPTS)
    @APIResponse(responseCode = "503", description = ErrorAnswers.AUTH_UNAVAILABLE)
    public void turnOff(SecondFactorProof body) {
        twoFactor.turnOff(caller(), body.password(), body.code());
    }

    private Customer caller() {
        return customers.findAccount(security.getCallerPrincipal().getName()).orElseThrow(NotAuthenticatedException::new);
    }
}
