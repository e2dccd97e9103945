package io.authcognito.customer;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/** Work that waits for the current transaction's outcome: done once it has committed, or once it has not. */
@ApplicationScoped
public class AfterTransaction {

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** Whether a transaction is under way, whose outcome work could wait for. */
    public boolean active() {
        return transactions.getTransactionStatus() != Status.STATUS_NO_TRANSACTION;
    }

    public void onCommit(Runnable work) {
        when(true, work);
    }

    public void onRollback(Runnable work) {
        when(false, work);
    }

    private void when(boolean committed, Runnable work) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if ((status == Status.STATUS_COMMITTED) == committed) {
                    work.run();
                }
            }
        });
    }
}
