package io.authcognito.api;

import io.authcognito.api.request.InvalidRequestException;
import io.authcognito.error.ContractException;
import io.authcognito.error.ErrorCode;
import io.authcognito.identity.Roles;
import io.authcognito.session.NotAuthenticatedException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Optional;

/** The JAX-RS runtime's own refusals (no route, wrong method or type, no login for {@code @RolesAllowed}) in the contract's terms. */
public final class RuntimeRefusals {

    private RuntimeRefusals() {
    }

    /** The refusal the runtime meant; empty for a server-side failure, which is a bug. */
    public static Optional<ContractException> of(WebApplicationException e, SecurityContext security) {
        if (e instanceof NotAuthorizedException || e instanceof ForbiddenException && !security.isUserInRole(Roles.CUSTOMER)) {
            return Optional.of(new NotAuthenticatedException());
        }
        if (e instanceof ForbiddenException) {
            return Optional.of(new ContractException(ErrorCode.FORBIDDEN, "Your account may not do this."));
        }
        if (e instanceof NotFoundException) {
            return Optional.of(new ContractException(ErrorCode.NOT_FOUND, "No such resource."));
        }
        if (e instanceof NotAllowedException) {
            return Optional.of(new ContractException(ErrorCode.METHOD_NOT_ALLOWED, "That method is not allowed here."));
        }
        if (e instanceof NotSupportedException) {
            return Optional.of(new ContractException(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "Send application/json."));
        }
        if (e instanceof NotAcceptableException) {
            return Optional.of(new ContractException(ErrorCode.NOT_ACCEPTABLE, "This API answers application/json."));
        }
        if (e.getResponse().getStatus() < 500) {
            return Optional.of(new InvalidRequestException("The request could not be read."));
        }
        return Optional.empty();
    }
}
