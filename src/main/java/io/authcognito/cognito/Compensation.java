package io.authcognito.cognito;

import io.authcognito.customer.AfterTransaction;
import io.authcognito.logging.LogMessage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;

/**
 * Undoes a change made in Cognito when the database transaction it belongs to does not commit,
 * so Cognito and the database change together or not at all.
 */
@ApplicationScoped
public class Compensation {

    private static final Logger LOG = Logger.getLogger(Compensation.class.getName());

    @Inject
    AfterTransaction afterTransaction;

    /** Runs {@code undo} if the current transaction rolls back. */
    public void onRollback(String what, Runnable undo) {
        afterTransaction.onRollback(() -> {
            try {
                undo.run();
            } catch (RuntimeException e) {
                LogMessage.COMPENSATION_FAILED.log(LOG, what, e.getClass().getSimpleName());
            }
        });
    }
}
