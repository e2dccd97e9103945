package io.authcognito.cognito;

import io.authcognito.logging.LogMessage;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.logging.Logger;

/**
 * Undoes a change made in Cognito when the database transaction it belongs to does not commit,
 * so Cognito and the database change together or not at all.
 */
@ApplicationScoped
public class Compensation {

    private static final Logger LOG = Logger.getLogger(Compensation.class.getName());

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** Runs {@code undo} if the current transaction rolls back. */
    public void onRollback(String what, Runnable undo) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    return;
                }
                try {
                    undo.run();
                } catch (RuntimeException e) {
                    LogMessage.COMPENSATION_FAILED.log(LOG, what, e.getClass().getSimpleName());
                }
            }
        });
    }
}
