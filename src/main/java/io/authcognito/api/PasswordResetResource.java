package io.authcognito.api;

import io.authcognito.account.PasswordReset;
import io.authcognito.api.request.ResetConfirmation;
import io.authcognito.api.request.ResetRequest;
import io.authcognito.api.request.JsonRequests;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Password reset with a code from the pool's own email. */
@Tag(name = "password reset")
@Path("auth/password-reset")
@ApplicationScoped
@JsonRequests
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PasswordResetResource {

    @Inject
    PasswordReset reset;

    /** 202 whether or not the email is known, so the answer tells nobody which emails have accounts. */
    @POST
    @Operation(summary = "Ask for a reset code, which Cognito mails to the customer")
    @APIResponse(responseCode = "202", description = "always, whether or not the email is known")
    @APIResponse(responseCode = "400", description = ErrorAnswers.INVALID_REQUEST)
    public Response request(ResetRequest body) {
        reset.request(body.email());
        return Response.accepted().build();
    }

    @POST
    @Path("confirm")
    @Operation(summary = "Set a new password with the code: the old one and any legacy hash stop working, every session ends")
    @APIResponse(responseCode = "204", description = "the new password works")
    @APIResponse(responseCode = "400", description = ErrorAnswers.INVALID_REQUEST + "; " + ErrorAnswers.INVALID_CODE
            + "; " + ErrorAnswers.INVALID_PASSWORD)
    @APIResponse(responseCode = "503", description = ErrorAnswers.AUTH_UNAVAILABLE)
    public void confirm(ResetConfirmation body) {
        reset.confirm(body.email(), body.code(), body.newPassword());
    }
}
