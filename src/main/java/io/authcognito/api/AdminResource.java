package io.authcognito.api;

import io.authcognito.identity.Roles;
import io.authcognito.mfa.TwoFactor;
import io.authcognito.migration.MigrationProgress;
import io.authcognito.session.Sessions;
import io.authcognito.api.request.JsonRequests;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What the store's staff (customers in the {@code admin} group) may do. */
@Tag(name = "admin")
@Path("admin")
@ApplicationScoped
@JsonRequests
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
public class AdminResource {

    @Inject
    Sessions sessions;

    @Inject
    MigrationProgress progress;

    @Inject
    TwoFactor twoFactor;

    @Inject
    SecurityContext security;

    /** Ends every session of a customer, on every server. */
    @POST
    @Path("customers/{id}/sessions/revoke")
    @Operation(summary = "End every session of a customer, on every server (an unknown id too)")
    @APIResponse(responseCode = "204", description = "revoked")
    @APIResponse(responseCode = "401", description = ErrorAnswers.NOT_AUTHENTICATED)
    @APIResponse(responseCode = "403", description = ErrorAnswers.FORBIDDEN)
    public void revokeSessions(@PathParam("id") String customerId) {
        sessions.endAll(customerId);
    }

    /** For a customer who lost the phone: two-factor login off, and every session of the customer ended. */
    @POST
    @Path("customers/{id}/mfa/reset")
    @Operation(summary = "Turn a customer's two-factor login off (a lost phone) and end every session of the customer")
    @APIResponse(responseCode = "204", description = "off, and the sessions are over")
    @APIResponse(responseCode = "401", description = ErrorAnswers.NOT_AUTHENTICATED)
    @APIResponse(responseCode = "403", description = ErrorAnswers.FORBIDDEN)
    @APIResponse(responseCode = "503", description = ErrorAnswers.AUTH_UNAVAILABLE)
    public void resetTwoFactor(@PathParam("id") String customerId) {
        twoFactor.reset(customerId, security.getCallerPrincipal().getName());
    }

    @GET
    @Path("migration")
    @Operation(summary = "How far the migration has come")
    @APIResponse(responseCode = "200", description = "the counts")
    @APIResponse(responseCode = "401", description = ErrorAnswers.NOT_AUTHENTICATED)
    @APIResponse(responseCode = "403", description = ErrorAnswers.FORBIDDEN)
    public MigrationProgress.Counts migration() {
        return progress.counts();
    }
}
