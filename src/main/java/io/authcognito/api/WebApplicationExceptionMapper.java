package io.authcognito.api;

import io.authcognito.identity.CustomerIdentityStore;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The JAX-RS runtime's own refusals (no route, wrong method, no login for {@code @RolesAllowed}) in the contract's shape. */
@Provider
public class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Context
    SecurityContext security;

    @Override
    public Response toResponse(WebApplicationException e) {
        if (e instanceof NotAuthorizedException || e instanceof ForbiddenException && isAnonymous()) {
            return ErrorBody.response(ErrorCode.NOT_AUTHENTICATED, "Log in first.");
        }
        if (e instanceof ForbiddenException) {
            return ErrorBody.response(ErrorCode.FORBIDDEN, "Your account may not do this.");
        }
        if (e instanceof NotFoundException) {
            return ErrorBody.response(ErrorCode.NOT_FOUND, "No such resource.");
        }
        if (e instanceof NotAllowedException) {
            return ErrorBody.response(ErrorCode.METHOD_NOT_ALLOWED, "That method is not allowed here.");
        }
        if (e instanceof NotSupportedException) {
            return ErrorBody.response(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "Send application/json.");
        }
        if (e instanceof NotAcceptableException) {
            return ErrorBody.response(ErrorCode.NOT_ACCEPTABLE, "This API answers application/json.");
        }
        if (e.getResponse().getStatus() < 500) {
            return ErrorBody.response(ErrorCode.INVALID_REQUEST, "The request could not be read.");
        }
        return DomainExceptionMapper.internalError(e);
    }

    /** {@code @RolesAllowed} refuses an anonymous caller with a ForbiddenException; every logged-in caller is a customer. */
    private boolean isAnonymous() {
        return !security.isUserInRole(CustomerIdentityStore.CUSTOMER_ROLE);
    }
}
