package io.authcognito.api;

import io.authcognito.account.PasswordReset;
import io.authcognito.api.request.ResetConfirmation;
import io.authcognito.api.request.ResetRequest;
import io.authcognito.api.request.JsonRequests;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Password reset with a code from the pool's own email. */
@Path("auth/password-reset")
@RequestScoped
@JsonRequests
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PasswordResetResource {

    @Inject
    PasswordReset reset;

    /** 202 whether or not the email is known, so the answer tells nobody which emails have accounts. */
    @POST
    public Response request(ResetRequest body) {
        reset.request(body.email());
        return Response.accepted().build();
    }

    @POST
    @Path("confirm")
    public void confirm(ResetConfirmation body) {
        reset.confirm(body.email(), body.code(), body.newPassword());
    }
}
