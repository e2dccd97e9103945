package io.authcognito.api;

import io.authcognito.cognito.CognitoUnavailableException;
import io.authcognito.error.ContractException;
import io.authcognito.error.ErrorBody;
import io.authcognito.identity.LoginUnavailableException;
import io.authcognito.logging.LogMessage;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.logging.Logger;

/**
 * The one place where a refusal becomes an HTTP answer: the contract's status and error body, and
 * {@code Retry-After} for the refusals that pass with time. Mapping exactly this type keeps an
 * application's own mappers (for {@code RuntimeException}, say) from answering for the library.
 */
@Provider
public class ContractExceptionMapper implements ExceptionMapper<ContractException> {

    private static final Logger LOG = Logger.getLogger(ContractExceptionMapper.class.getName());

    @Override
    public Response toResponse(ContractException refusal) {
        return answer(refusal);
    }

    /** The answer to a refusal, for the mappers that first turn a platform failure into one. */
    public static Response answer(ContractException refusal) {
        if (refusal.getCause() != null && refusal.code().status() == Response.Status.SERVICE_UNAVAILABLE) {
            logOutage(refusal);
        }
        Response.ResponseBuilder answer = Response.status(refusal.code().status())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ErrorBody.of(refusal));
        refusal.retryAfter().ifPresent(wait -> answer.header("Retry-After", wait.toSeconds()));
        return answer.build();
    }

    private static void logOutage(ContractException refusal) {
        Throwable outage = refusal instanceof LoginUnavailableException ? refusal.getCause() : refusal;
        Throwable root = outage;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        if (outage instanceof CognitoUnavailableException cognito) {
            // its reason names the failure, or the setting Cognito refuses
            LogMessage.REFUSED_WHILE_COGNITO_UNAVAILABLE.log(LOG, cognito.reason());
        } else {
            LogMessage.REFUSED_WHILE_DATABASE_UNAVAILABLE.log(LOG, root.getClass().getSimpleName());
        }
    }
}
