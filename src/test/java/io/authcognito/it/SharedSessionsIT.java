package io.authcognito.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two more servers, A and B, sharing the database (and so the sessions) and the emulator, as a
 * store behind a load balancer runs them. A browser's requests go to either server, with its
 * cookies, and every server sees the latest login, logout, revocation and email change at once.
 * B gives its logins short lifetimes, so that idling out and the maximum lifetime can be watched.
 */
class SharedSessionsIT {

    private static final String ME = "api/auth/me";
    private static final int IDLE_SECONDS = 5;
    private static final int LIFETIME_SECONDS = 12;

    private static ClusterNode serverA;
    private static ClusterNode serverB;

    @BeforeAll
    static void startTwoServers() {
        serverA = ClusterNode.create("clusterA", 9081, Map.of());
        serverB = ClusterNode.create("clusterB", 9082, Map.of(
                "auth.session.idle-timeout", "PT" + IDLE_SECONDS + "S",
                "auth.session.max-lifetime", "PT" + LIFETIME_SECONDS + "S"));
        CompletableFuture.allOf(CompletableFuture.runAsync(serverA::start), CompletableFuture.runAsync(serverB::start)).join();
    }

    @AfterAll
    static void stopThem() {
        CompletableFuture.allOf(CompletableFuture.runAsync(serverA::stop), CompletableFuture.runAsync(serverB::stop)).join();
    }

    private static ApiClient browserOn(ClusterNode server) {
        return new ApiClient(server.base());
    }

    @Test
    void aLoginOnOneServerWorksOnTheOther() {
        LegacyCustomer customer = LegacyCustomer.create();
        ApiClient onA = customer.loggedIn(browserOn(serverA));

        ApiClient.Reply me = onA.on(serverB.base()).get(ME);

        assertEquals(200, me.status(), me.body());
        assertEquals(customer.id(), me.json().getString("id"));
    }

    @Test
    void aLogoutOnOneServerIsRefusedOnTheOtherAtOnce() {
        ApiClient onA = LegacyCustomer.create().loggedIn(browserOn(serverA));
        ApiClient onB = onA.on(serverB.base());
        assertEquals(200, onB.get(ME).status(), "B now holds a copy of the session");
        String sessionId = onA.sessionId().orElseThrow();

        assertEquals(204, onA.post("api/auth/logout", "").status());

        assertEquals(401, onB.getWithSession(ME, sessionId).status());
        assertEquals(401, onA.getWithSession(ME, sessionId).status());
    }

    @Test
    void revokingTheOtherSessionsOnOneServerEndsThemOnBoth() {
        LegacyCustomer customer = LegacyCustomer.create();
        ApiClient laptop = customer.loggedIn(browserOn(serverA));
        ApiClient phone = customer.loggedIn(browserOn(serverA));
        for (ClusterNode server : new ClusterNode[] {serverA, serverB}) {
            assertEquals(200, laptop.on(server.base()).get(ME).status());
            assertEquals(200, phone.on(server.base()).get(ME).status());
        }

        assertEquals(204, laptop.on(serverB.base()).post("api/auth/sessions/revoke-others", "").status());

        for (ClusterNode server : new ClusterNode[] {serverA, serverB}) {
            assertEquals(401, phone.on(server.base()).get(ME).status(), "the phone is signed out on " + server.base());
            assertEquals(200, laptop.on(server.base()).get(ME).status(), "the laptop stays in on " + server.base());
        }
    }

    @Test
    void anEmailChangeOnOneServerIsSeenOnTheOtherWithoutEndingThisSession() {
        LegacyCustomer customer = LegacyCustomer.create();
        ApiClient onA = customer.loggedIn(browserOn(serverA));
        ApiClient onB = onA.on(serverB.base());
        assertEquals(200, onB.get(ME).status());
        String before = onA.sessionId().orElseThrow();
        String newEmail = TestDatabase.uniqueEmail();

        assertEquals(200, onA.put("api/customers/me/email", ApiClient.json("email", newEmail, "password", customer.password())).status());

        ApiClient.Reply me = onB.get(ME);
        assertEquals(200, me.status(), me.body());
        assertEquals(newEmail, me.json().getString("email"));
        assertNotEquals(before, onA.sessionId().orElseThrow(), "the session moved to a new id");
        assertEquals(401, onB.getWithSession(ME, before).status(), "the old id is dead on B too");
    }

    @Test
    void aSecondLoginInOneBrowserReplacesTheFirstWhicheverServerItReaches() {
        LegacyCustomer alice = LegacyCustomer.create();
        LegacyCustomer bob = LegacyCustomer.create();
        ApiClient onA = alice.loggedIn(browserOn(serverA));
        String aliceSession = onA.sessionId().orElseThrow();
        ApiClient onB = onA.on(serverB.base());

        ApiClient.Reply second = onB.login(bob);

        assertEquals(200, second.status(), second.body());
        assertEquals(bob.id(), second.json().getString("id"));
        assertEquals(bob.id(), onA.get(ME).json().getString("id"));
        assertNotEquals(aliceSession, onB.sessionId().orElseThrow());
        assertEquals(401, onA.getWithSession(ME, aliceSession).status(), "the first login's session is dead");
    }

    @Test
    void aRestartedServerStillKnowsItsCustomers() {
        ApiClient onA = LegacyCustomer.create().loggedIn(browserOn(serverA));

        serverA.stop();
        assertEquals(200, onA.on(serverB.base()).get(ME).status(), "B serves the customer while A is down");
        serverA.start();

        assertEquals(200, onA.get(ME).status());
    }

    @Test
    void anIdleSessionEndsOnEveryServer() throws InterruptedException {
        ApiClient onB = LegacyCustomer.create().loggedIn(browserOn(serverB));
        ApiClient onA = onB.on(serverA.base());
        assertEquals(200, onA.get(ME).status());

        Thread.sleep((IDLE_SECONDS + 3) * 1000L);

        assertEquals(401, onA.get(ME).status());
        assertEquals(401, onB.get(ME).status());
    }

    @Test
    void aSessionEndsAtItsMaximumLifetimeHoweverBusy() throws InterruptedException {
        ApiClient onB = LegacyCustomer.create().loggedIn(browserOn(serverB));
        ApiClient onA = onB.on(serverA.base());
        long deadline = System.currentTimeMillis() + (LIFETIME_SECONDS - 2) * 1000L;
        while (System.currentTimeMillis() < deadline) {
            assertEquals(200, onA.get(ME).status(), "still within its lifetime, on A");
            assertEquals(200, onB.get(ME).status(), "still within its lifetime, on B");
            Thread.sleep(1000);
        }

        Thread.sleep(3000);

        assertEquals(401, onA.get(ME).status());
        assertEquals(401, onB.get(ME).status());
    }
}
