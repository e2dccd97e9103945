package io.authcognito.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Sign-out everywhere else, admin revocation, and the admin's view of the migration. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SessionsIT {

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.application();
    }

    @Test
    void revokeOthersEndsEveryOtherSessionAndKeepsThisOne() {
        Customer customer = Customer.create();
        ApiClient phone = customer.loggedIn(base);
        ApiClient laptop = customer.loggedIn(base);
        ApiClient tablet = customer.loggedIn(base);

        assertEquals(204, laptop.post("api/auth/sessions/revoke-others", "").status());

        assertEquals(200, laptop.get("api/auth/me").status(), "this session lives on");
        assertEquals(401, phone.get("api/auth/me").status());
        assertEquals(401, tablet.get("api/auth/me").status());
        assertEquals(200, customer.loggedIn(base).get("api/auth/me").status(), "a new login works");
    }

    @Test
    void revokeOthersNeedsALogin() {
        assertEquals(401, new ApiClient(base).post("api/auth/sessions/revoke-others", "").status());
    }

    @Test
    void adminRevocationEndsAllSessionsOfTheCustomer() {
        Customer admin = Customer.create();
        TestDatabase.addToGroup(admin.id, "admin");
        ApiClient adminBrowser = admin.loggedIn(base);
        Customer customer = Customer.create();
        ApiClient one = customer.loggedIn(base);
        ApiClient two = customer.loggedIn(base);

        assertEquals(204, adminBrowser.post("api/admin/customers/" + customer.id + "/sessions/revoke", "").status());

        assertEquals(401, one.get("api/auth/me").status());
        assertEquals(401, two.get("api/auth/me").status());
        assertEquals(200, adminBrowser.get("api/auth/me").status());
    }

    @Test
    void adminEndpointsAre403ForCustomersAnd401WithoutLogin() {
        ApiClient customer = Customer.create().loggedIn(base);

        ApiClient.Reply forbidden = customer.get("api/admin/migration");
        assertEquals(403, forbidden.status());
        assertEquals("forbidden", forbidden.error());
        assertEquals(403, customer.post("api/admin/customers/someone/sessions/revoke", "").status());
        assertEquals(401, new ApiClient(base).get("api/admin/migration").status());
    }

    @Test
    void revocationAnnouncedByAnotherServerEndsTheSessionHere() {
        Customer customer = Customer.create();
        for (int round = 1; round <= 10; round++) {
            ApiClient browser = customer.loggedIn(base);
            assertEquals(200, browser.get("api/auth/me").status());

            // exactly what another server sharing the database does when it revokes: it answers
            // once PostgreSQL has delivered the announcement to the listeners
            TestDatabase.revokeAsAnotherServer(customer.id);

            assertEquals(401, browser.get("api/auth/me").status(), "round " + round);
        }
    }

    @Test
    void migrationCountsFollowTheDatabase() {
        Customer admin = Customer.create();
        TestDatabase.addToGroup(admin.id, "admin");
        ApiClient adminBrowser = admin.loggedIn(base);
        JsonObject before = adminBrowser.get("api/admin/migration").json();
        String email = TestDatabase.uniqueEmail();
        TestDatabase.insertCustomer(email, LegacyVector.medusaV1().hash());
        JsonObject added = adminBrowser.get("api/admin/migration").json();

        new ApiClient(base).login(email, LegacyVector.medusaV1().password());
        JsonObject migrated = adminBrowser.get("api/admin/migration").json();

        assertEquals(before.getInt("customers") + 1, added.getInt("customers"));
        assertEquals(before.getInt("legacy") + 1, added.getInt("legacy"));
        assertEquals(added.getInt("legacy") - 1, migrated.getInt("legacy"));
        assertEquals(added.getInt("migrated") + 1, migrated.getInt("migrated"));
        assertTrue(migrated.getInt("customers") >= migrated.getInt("migrated") + migrated.getInt("legacy"));
    }

    /** A customer of the store with a legacy password. */
    private record Customer(String id, String email, LegacyVector password) {

        static Customer create() {
            String email = TestDatabase.uniqueEmail();
            LegacyVector legacy = LegacyVector.medusaV1();
            return new Customer(TestDatabase.insertCustomer(email, legacy.hash()), email, legacy);
        }

        ApiClient loggedIn(URL base) {
            ApiClient browser = new ApiClient(base);
            assertEquals(200, browser.login(email, password.password()).status());
            return browser;
        }
    }
}
