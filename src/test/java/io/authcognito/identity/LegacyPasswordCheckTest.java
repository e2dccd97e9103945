package io.authcognito.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.authcognito.customer.Customers;
import io.authcognito.legacy.LegacyPasswordHashes;
import io.authcognito.legacy.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Legacy checks run no more at once than allowed, and a decoy costs what the store's own hashes cost. */
class LegacyPasswordCheckTest {

    private final CountDownLatch running = new CountDownLatch(1);
    private final CountDownLatch finish = new CountDownLatch(1);
    private final List<String> checked = new CopyOnWriteArrayList<>();

    /** Hashes whose check waits until the test lets it finish. */
    private final LegacyPasswordHashes slowHashes = new LegacyPasswordHashes() {
        @Override
        public Verdict verify(char[] password, String stored) {
            checked.add(stored);
            running.countDown();
            try {
                finish.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return Verdict.MISMATCH;
        }
    };

    @Test
    void aCheckBeyondTheBoundWaitsBrieflyThenIsRefused() throws Exception {
        LegacyPasswordCheck check = new LegacyPasswordCheck(slowHashes, new Customers(), limits(1));
        CompletableFuture<Verdict> first = CompletableFuture.supplyAsync(() -> check.verify("pw", "hash-1"));
        assertTrue(running.await(5, TimeUnit.SECONDS));

        long started = System.nanoTime();
        assertThrows(HashChecksBusyException.class, () -> check.verify("pw", "hash-2"));
        long waitedMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);

        assertTrue(waitedMillis >= 1_900 && waitedMillis < 5_000, "waited " + waitedMillis + " ms");
        assertEquals(List.of("hash-1"), checked, "the second check never ran");
        finish.countDown();
        assertEquals(Verdict.MISMATCH, first.get(5, TimeUnit.SECONDS));
    }

    @Test
    void aDecoyChecksAHashOfTheStoreAndNothingWhenNoneIsLeft() {
        finish.countDown();
        List<Optional<String>> samples = new ArrayList<>(List.of(Optional.of("$argon2id$a-store-hash"), Optional.empty()));
        Customers customers = new Customers() {
            @Override
            public Optional<String> sampleLegacyHash() {
                return samples.get(0);
            }
        };

        new LegacyPasswordCheck(slowHashes, customers, limits(1)).decoy("typed");
        samples.remove(0);
        new LegacyPasswordCheck(slowHashes, customers, limits(1)).decoy("typed");

        assertEquals(List.of("$argon2id$a-store-hash"), checked);
    }

    private static LoginLimits limits(int concurrentChecks) {
        LoginLimits limits = new LoginLimits();
        limits.maxConcurrentHashChecks = concurrentChecks;
        return limits;
    }
}
