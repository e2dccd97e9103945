package io.authcognito.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The library added to a store's existing application: its login endpoints appear under the
 * store's own application path, and the store's own {@code @RolesAllowed} resources see the
 * customer it logs in.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class StoreApplicationIT {

    private static final String LOGIN = "shop/auth/login";
    private static final String MY_ORDERS = "shop/orders/mine";
    private static final String VIP_OFFERS = "shop/orders/vip-offers";

    @ArquillianResource
    URL base;

    @Deployment(testable = false)
    static WebArchive store() {
        return Deployments.storeApplication();
    }

    @Test
    void aLegacyCustomerLogsInThroughTheStoresApplicationAndMigrates() {
        LegacyCustomer customer = LegacyCustomer.create();
        ApiClient browser = browser();

        ApiClient.Reply login = login(browser, customer);

        assertEquals(200, login.status(), login.body());
        assertEquals(customer.id(), login.json().getString("id"));
        assertTrue(TestDatabase.passwordHash(customer.id()).isEmpty(), "migrated: the legacy hash is gone");
        assertTrue(TestCognito.acceptsPassword(customer.id(), customer.password()));
    }

    @Test
    void theStoresOwnResourceAnswersTheLoggedInCustomerAndNobodyElse() {
        LegacyCustomer customer = LegacyCustomer.create();
        ApiClient browser = browser();
        assertEquals(200, login(browser, customer).status());

        ApiClient.Reply mine = browser.get(MY_ORDERS);
        assertEquals(200, mine.status(), mine.body());
        assertEquals(customer.id(), mine.json().getString("customerId"));

        ApiClient.Reply anonymous = browser().get(MY_ORDERS);
        assertEquals(401, anonymous.status(), anonymous.body());
        assertEquals("not_authenticated", anonymous.error());
    }

    @Test
    void aStoreRoleComesFromTheCustomersGroup() {
        ApiClient ordinary = browser();
        assertEquals(200, login(ordinary, LegacyCustomer.create()).status());
        ApiClient.Reply refused = ordinary.get(VIP_OFFERS);
        assertEquals(403, refused.status(), refused.body());

        LegacyCustomer vip = LegacyCustomer.create().inGroup("vip");
        ApiClient vipBrowser = browser();
        assertEquals(200, login(vipBrowser, vip).status());
        ApiClient.Reply offers = vipBrowser.get(VIP_OFFERS);
        assertEquals(200, offers.status(), offers.body());
        assertEquals(vip.id(), offers.json().getString("customerId"));
    }

    @Test
    void logoutThroughTheStoresApplicationEndsAccess() {
        ApiClient browser = browser();
        assertEquals(200, login(browser, LegacyCustomer.create()).status());
        assertEquals(200, browser.get(MY_ORDERS).status());

        assertEquals(204, browser.post("shop/auth/logout", "").status());

        assertEquals(401, browser.get(MY_ORDERS).status());
    }

    @Test
    void theStoresOwnFailuresAreAnsweredAsTheStoreBuiltThem() {
        ApiClient browser = browser();
        assertEquals(200, login(browser, LegacyCustomer.create()).status());

        ApiClient.Reply unpaid = browser.get("shop/orders/unpaid");

        assertEquals(402, unpaid.status());
        assertEquals("pay first", unpaid.body());
    }

    private ApiClient browser() {
        return new ApiClient(base);
    }

    private static ApiClient.Reply login(ApiClient browser, LegacyCustomer customer) {
        return browser.post(LOGIN, ApiClient.json("email", customer.email(), "password", customer.password()));
    }
}
