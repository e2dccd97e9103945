package io.authcognito.api;

import io.authcognito.account.EmailTakenException;
import io.authcognito.cognito.CognitoUnavailableException;
import io.authcognito.cognito.InvalidResetCodeException;
import io.authcognito.cognito.PasswordPolicyException;
import io.authcognito.cognito.PasswordResetRequiredException;
import io.authcognito.identity.TooManyAttemptsException;
import io.authcognito.identity.WrongPasswordException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.TransactionalException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one place where what went wrong becomes an HTTP answer. Each domain exception has its
 * contract code; an outage of the database or Cognito is a 503; anything else is a bug, logged
 * under an incident id that the client gets instead of a stack trace.
 */
@Provider
public class DomainExceptionMapper implements ExceptionMapper<Throwable> {

    private static final Logger LOG = Logger.getLogger(DomainExceptionMapper.class.getName());

    @Override
    public Response toResponse(Throwable thrown) {
        for (Throwable e = thrown; e != null; e = e.getCause()) {
            ApiException answer = answerFor(e);
            if (answer != null) {
                return new ApiExceptionMapper().toResponse(answer);
            }
        }
        return internalError(thrown);
    }

    private static ApiException answerFor(Throwable e) {
        if (e instanceof ApiException api) {
            return api;
        }
        if (e instanceof EmailTakenException) {
            return new ApiException(ErrorCode.EMAIL_TAKEN, "An account with this email already exists.");
        }
        if (e instanceof WrongPasswordException) {
            return new ApiException(ErrorCode.INVALID_CREDENTIALS, "Wrong password.");
        }
        if (e instanceof PasswordPolicyException) {
            return new ApiException(ErrorCode.INVALID_PASSWORD, e.getMessage());
        }
        if (e instanceof InvalidResetCodeException) {
            return new ApiException(ErrorCode.INVALID_CODE, "The code is wrong or has expired.");
        }
        if (e instanceof TooManyAttemptsException) {
            return new ApiException(ErrorCode.TOO_MANY_ATTEMPTS, "Too many failed attempts; wait a few minutes and try again.");
        }
        if (e instanceof PasswordResetRequiredException) {
            return new ApiException(ErrorCode.PASSWORD_RESET_REQUIRED, "This account needs a new password: use password reset.");
        }
        if (e instanceof CognitoUnavailableException) {
            LOG.log(Level.WARNING, "AUTHC0901W: request refused while Cognito is unavailable");
            return new ApiException(ErrorCode.AUTH_UNAVAILABLE, "Accounts cannot be changed right now; try again shortly.");
        }
        if (e instanceof PersistenceException || e instanceof SQLException || e instanceof TransactionalException) {
            LOG.log(Level.WARNING, "AUTHC0902W: request refused while the database is unavailable: {0}",
                    e.getClass().getSimpleName());
            return new ApiException(ErrorCode.SERVICE_UNAVAILABLE, "The service is unavailable; try again shortly.");
        }
        return null;
    }

    static Response internalError(Throwable e) {
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "AUTHC0900E: unexpected failure, incident " + incident, e);
        return ErrorBody.response(ErrorCode.INTERNAL_ERROR, "Unexpected failure; incident " + incident + ".");
    }
}
