package io.authcognito.api;

import io.authcognito.error.ContractException;
import io.authcognito.error.ErrorCode;
import io.authcognito.logging.LogMessage;
import jakarta.annotation.Priority;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * What goes wrong in the library's own resources besides a refusal: the runtime refusing the
 * request, the database gone (503), or a bug, logged under an incident id that the client gets
 * instead of a stack trace. An application's own resources are left to the application: this
 * mapper answers for them as JAX-RS would without it, and has a priority below the default, so an
 * application's own {@code Throwable} mapper wins.
 */
@Provider
@Priority(Priorities.USER + 1000)
public class FailureMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(FailureMapper.class.getName());

    @Context
    ResourceInfo resource;

    @Context
    SecurityContext security;

    @Override
    public Response toResponse(Throwable thrown) {
        if (!isOurs()) {
            return thrown instanceof WebApplicationException e ? e.getResponse() : Response.serverError().build();
        }
        return ContractExceptionMapper.answer(refusalFor(thrown));
    }

    private boolean isOurs() {
        Class<?> type = resource.getResourceClass();
        return type != null && type.getPackageName().startsWith(FailureMapper.class.getPackageName());
    }

    private ContractException refusalFor(Throwable thrown) {
        for (Throwable e = thrown; e != null; e = e.getCause()) {
            if (e instanceof ContractException refusal) {
                return refusal;
            }
            if (e instanceof WebApplicationException refused) {
                return RuntimeRefusals.of(refused, security).orElseGet(() -> unexpected(thrown));
            }
            if (e instanceof PersistenceException || e instanceof SQLException || e instanceof TransactionalException) {
                return new DatabaseUnavailableException(e);
            }
        }
        return unexpected(thrown);
    }

    /** A bug: the stack trace goes to the log under an incident id, and only the id to the client. */
    public static ContractException unexpected(Throwable e) {
        String incident = UUID.randomUUID().toString();
        LogMessage.UNEXPECTED_FAILURE.log(LOG, e, incident);
        return new ContractException(ErrorCode.INTERNAL_ERROR, "Unexpected failure; incident " + incident + ".");
    }
}
