package io.authcognito.api;

import io.authcognito.error.ContractException;
import io.authcognito.error.ErrorBody;
import io.authcognito.error.ErrorCode;
import io.authcognito.identity.Roles;
import io.authcognito.logging.LogMessage;
import io.authcognito.session.NotAuthenticatedException;
import io.authcognito.api.request.InvalidRequestException;
import jakarta.annotation.Priority;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * The one place where what went wrong becomes an HTTP answer in the contract's shape. A
 * {@link ContractException} carries its own code; the platform's failures (no route, a body that
 * does not bind, the database gone) are named here; anything else is a
 * bug, logged under an incident id that the client gets instead of a stack trace.
 *
 * <p>Its priority is below the default, so an application that adds the library and maps
 * {@code Throwable} itself keeps its own mapper.
 */
@Provider
@Priority(Priorities.USER + 1000)
public class ErrorMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(ErrorMapper.class.getName());

    @Context
    SecurityContext security;

    @Override
    public Response toResponse(Throwable thrown) {
        if (thrown instanceof WebApplicationException e && e.getResponse().hasEntity()) {
            return e.getResponse(); // an answer the application built itself
        }
        ContractException refusal = refusalFor(thrown);
        if (refusal.code().status().getFamily() == Response.Status.Family.SERVER_ERROR && refusal.getCause() != null) {
            LogMessage.REFUSED_WHILE_UNAVAILABLE.log(LOG, rootKind(refusal));
        }
        Response.ResponseBuilder answer = Response.status(refusal.code().status())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ErrorBody.of(refusal));
        refusal.retryAfter().ifPresent(wait -> answer.header("Retry-After", wait.toSeconds()));
        return answer.build();
    }

    private ContractException refusalFor(Throwable thrown) {
        for (Throwable e = thrown; e != null; e = e.getCause()) {
            if (e instanceof ContractException refusal) {
                return refusal;
            }
            if (e instanceof JsonbException || e instanceof JsonException) {
                return new InvalidRequestException("The body does not have the fields and types this request needs.");
            }
            if (e instanceof WebApplicationException refused) {
                return refusalOfTheRuntime(refused);
            }
            if (e instanceof PersistenceException || e instanceof SQLException || e instanceof TransactionalException) {
                return new DatabaseUnavailableException(e);
            }
        }
        return unexpected(thrown);
    }

    /** The JAX-RS runtime's own refusals: no route, wrong method, no login for {@code @RolesAllowed}. */
    private ContractException refusalOfTheRuntime(WebApplicationException e) {
        if (e instanceof NotAuthorizedException || e instanceof ForbiddenException && !security.isUserInRole(Roles.CUSTOMER)) {
            return new NotAuthenticatedException();
        }
        if (e instanceof ForbiddenException) {
            return new ContractException(ErrorCode.FORBIDDEN, "Your account may not do this.");
        }
        if (e instanceof NotFoundException) {
            return new ContractException(ErrorCode.NOT_FOUND, "No such resource.");
        }
        if (e instanceof NotAllowedException) {
            return new ContractException(ErrorCode.METHOD_NOT_ALLOWED, "That method is not allowed here.");
        }
        if (e instanceof NotSupportedException) {
            return new ContractException(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "Send application/json.");
        }
        if (e instanceof NotAcceptableException) {
            return new ContractException(ErrorCode.NOT_ACCEPTABLE, "This API answers application/json.");
        }
        if (e.getResponse().getStatus() < 500) {
            return new InvalidRequestException("The request could not be read.");
        }
        return unexpected(e);
    }

    private static ContractException unexpected(Throwable e) {
        String incident = UUID.randomUUID().toString();
        LogMessage.UNEXPECTED_FAILURE.log(LOG, e, incident);
        return new ContractException(ErrorCode.INTERNAL_ERROR, "Unexpected failure; incident " + incident + ".");
    }

    private static String rootKind(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName();
    }
}
