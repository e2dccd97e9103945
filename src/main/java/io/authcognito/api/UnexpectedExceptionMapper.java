package io.authcognito.api;

import io.authcognito.cognito.CognitoUnavailableException;
import jakarta.persistence.PersistenceException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The last resort: an outage of the database or Cognito is a 503; anything else is a bug,
 * logged under an incident id that the client gets instead of a stack trace.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable e) {
        if (isOutage(e)) {
            LOG.log(Level.WARNING, "AUTHC0901W: request refused during an outage: {0}", e.getClass().getSimpleName());
            return new ApiExceptionMapper().toResponse(
                    new ApiException(ErrorCode.SERVICE_UNAVAILABLE, "The service is unavailable; try again shortly."));
        }
        return internalError(e);
    }

    static Response internalError(Throwable e) {
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "AUTHC0900E: unexpected failure, incident " + incident, e);
        return ErrorBody.response(ErrorCode.INTERNAL_ERROR, "Unexpected failure; incident " + incident + ".");
    }

    private static boolean isOutage(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof PersistenceException || cause instanceof SQLException
                    || cause instanceof CognitoUnavailableException) {
                return true;
            }
        }
        return false;
    }
}
