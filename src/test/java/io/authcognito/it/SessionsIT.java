package io.authcognito.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Sign-out everywhere else, admin revocation, and the admin's view of the migration. */
class SessionsIT extends HttpIT {

    @Test
    void revokeOthersEndsEveryOtherSessionAndKeepsThisOne() {
        LegacyCustomer customer = LegacyCustomer.create();
        ApiClient phone = customer.loggedIn(browser());
        ApiClient laptop = customer.loggedIn(browser());
        ApiClient tablet = customer.loggedIn(browser());

        assertEquals(204, laptop.post("api/auth/sessions/revoke-others", "").status());

        assertEquals(200, laptop.get("api/auth/me").status(), "this session lives on");
        assertEquals(401, phone.get("api/auth/me").status());
        assertEquals(401, tablet.get("api/auth/me").status());
        assertEquals(200, customer.loggedIn(browser()).get("api/auth/me").status(), "a new login works");
    }

    @Test
    void aSecondLoginInTheSameBrowserReplacesTheFirst() {
        LegacyCustomer alice = LegacyCustomer.create();
        LegacyCustomer bob = LegacyCustomer.create();
        ApiClient browser = alice.loggedIn(browser());
        String aliceSession = browser.sessionId().orElseThrow();

        ApiClient.Reply second = browser.login(bob);

        assertEquals(200, second.status(), second.body());
        assertEquals(bob.id(), second.json().getString("id"));
        assertEquals(bob.id(), browser.get("api/auth/me").json().getString("id"));
        assertEquals(401, browser.getWithSession("api/auth/me", aliceSession).status(), "the first session is dead");
    }

    /** A page on another origin can send these without a CORS preflight; the product refuses them. */
    @Test
    void changesWithoutTheJsonContentTypeAreRefused() {
        LegacyCustomer customer = LegacyCustomer.create();
        ApiClient laptop = customer.loggedIn(browser());
        ApiClient phone = customer.loggedIn(browser());

        for (String path : new String[] {"api/auth/logout", "api/auth/sessions/revoke-others"}) {
            assertEquals(415, laptop.postWithoutType(path).status(), path);
            ApiClient.Reply plain = laptop.post(path, new byte[0], "text/plain");
            assertEquals(415, plain.status(), path);
            assertEquals("unsupported_media_type", plain.error());
            assertEquals(415, laptop.post(path, "a=b".getBytes(), "application/x-www-form-urlencoded").status(), path);
        }

        assertEquals(200, laptop.get("api/auth/me").status(), "still logged in");
        assertEquals(200, phone.get("api/auth/me").status(), "the other session too");
    }

    @Test
    void revokeOthersNeedsALogin() {
        assertEquals(401, browser().post("api/auth/sessions/revoke-others", "").status());
    }

    @Test
    void adminRevocationEndsAllSessionsOfTheCustomer() {
        ApiClient adminBrowser = LegacyCustomer.create().inGroup("admin").loggedIn(browser());
        LegacyCustomer customer = LegacyCustomer.create();
        ApiClient one = customer.loggedIn(browser());
        ApiClient two = customer.loggedIn(browser());

        assertEquals(204, adminBrowser.post("api/admin/customers/" + customer.id() + "/sessions/revoke", "").status());

        assertEquals(401, one.get("api/auth/me").status());
        assertEquals(401, two.get("api/auth/me").status());
        assertEquals(200, adminBrowser.get("api/auth/me").status());
    }

    @Test
    void adminEndpointsAre403ForCustomersAnd401WithoutLogin() {
        ApiClient customer = LegacyCustomer.create().loggedIn(browser());

        ApiClient.Reply forbidden = customer.get("api/admin/migration");
        assertEquals(403, forbidden.status());
        assertEquals("forbidden", forbidden.error());
        assertEquals(403, customer.post("api/admin/customers/someone/sessions/revoke", "").status());
        assertEquals(401, browser().get("api/admin/migration").status());
    }

    @Test
    void revocationAnnouncedByAnotherServerEndsTheSessionHere() {
        LegacyCustomer customer = LegacyCustomer.create();
        for (int round = 1; round <= 10; round++) {
            ApiClient browser = customer.loggedIn(browser());
            assertEquals(200, browser.get("api/auth/me").status());

            // exactly what another server sharing the database does when it revokes: it answers
            // once PostgreSQL has delivered the announcement to the listeners
            TestDatabase.revokeAsAnotherServer(customer.id());

            assertEquals(401, browser.get("api/auth/me").status(), "round " + round);
        }
    }

    /**
     * A link a NAT or firewall dropped in silence, as the server sees it: its listener's backend
     * stops answering (frozen with SIGSTOP) while the socket stays open. Within 30 s the server
     * must notice, stop trusting its memory, and refuse what was revoked meanwhile.
     */
    @Test
    void aListenerWhoseLinkDiedSilentlyNoticesWithinThirtySecondsAndCatchesUp() throws Exception {
        LegacyCustomer customer = LegacyCustomer.create();
        ApiClient browser = customer.loggedIn(browser());
        List<Long> listeners = TestDatabase.listenerBackends();
        assertEquals(1, listeners.size(), "one server, one listener");
        long silenced = System.nanoTime();
        signal("STOP", listeners.get(0));
        try {
            TestDatabase.announceRevocation(customer.id());
            int status;
            do {
                Thread.sleep(250);
                status = browser.get("api/auth/me").status();
            } while (status == 200 && System.nanoTime() - silenced < TimeUnit.SECONDS.toNanos(40));
            long noticedAfter = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - silenced);

            assertEquals(401, status, "the revocation was never applied");
            assertTrue(noticedAfter <= 30, "noticed after " + noticedAfter + " s");
        } finally {
            signal("CONT", listeners.get(0));
            TestDatabase.terminateBackend(listeners.get(0));
        }
        assertEquals(200, customer.loggedIn(browser()).get("api/auth/me").status(), "logins go on");
    }

    private static void signal(String signal, long pid) throws Exception {
        assertEquals(0, new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start().waitFor());
    }

    @Test
    void migrationCountsFollowTheDatabase() {
        ApiClient adminBrowser = LegacyCustomer.create().inGroup("admin").loggedIn(browser());
        JsonObject before = adminBrowser.get("api/admin/migration").json();
        LegacyCustomer customer = LegacyCustomer.create();
        JsonObject added = adminBrowser.get("api/admin/migration").json();

        browser().login(customer);
        JsonObject migrated = adminBrowser.get("api/admin/migration").json();

        assertEquals(before.getInt("customers") + 1, added.getInt("customers"));
        assertEquals(before.getInt("legacy") + 1, added.getInt("legacy"));
        assertEquals(added.getInt("legacy") - 1, migrated.getInt("legacy"));
        assertEquals(added.getInt("migrated") + 1, migrated.getInt("migrated"));
        assertTrue(migrated.getInt("customers") >= migrated.getInt("migrated") + migrated.getInt("legacy"));
    }
}
