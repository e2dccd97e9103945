package io.authcognito.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The failed-login limit stops guessing, not customers. The test server trusts 127.0.0.1 as a
 * proxy (TRUSTED_PROXIES in src/test/liberty), so a request with X-Forwarded-For comes from the
 * client it names; 127.0.0.2 is a peer nobody trusts.
 */
class LoginLimitsIT extends HttpIT {

    private static final String WRONG = "not-the-password-1";

    @Test
    void oneAddressGuessingEverywhereStopsNeitherOtherClientsNorItsOwnNewAccounts() {
        ApiClient guesser = browser().from("203.0.113.7");
        List<String> guessed = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            String email = TestDatabase.uniqueEmail();
            guessed.add(email);
            assertEquals(401, guesser.login(email, WRONG).status());
        }

        assertEquals(200, browser().from("198.51.100.9").login(LegacyCustomer.create()).status(), "another client");
        assertEquals(200, browser().from("203.0.113.7").login(LegacyCustomer.create()).status(),
                "the same address, for an account it never failed against");
        ApiClient.Reply again = guesser.login(guessed.get(0), WRONG);
        assertEquals(429, again.status(), "an account this address already failed against");
        assertEquals("too_many_attempts", again.error());
    }

    @Test
    void anXForwardedForFromAPeerNobodyTrustsChangesNothing() throws IOException {
        List<String> guessed = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            String email = TestDatabase.uniqueEmail();
            guessed.add(email);
            assertEquals(401, loginFromUntrustedPeer(email, WRONG, "10.0." + (i / 250) + "." + (i % 250 + 1)));
        }

        // had the header been believed, each guess came from another address and none is over its limit
        assertEquals(429, loginFromUntrustedPeer(guessed.get(0), WRONG, "10.99.99.99"));
    }

    @Test
    void guessingAnAccountLocksOutUnknownClientsButNotTheCustomersOwnDevice() {
        LegacyCustomer alice = LegacyCustomer.create();
        ApiClient alicesLaptop = alice.loggedIn(browser());
        ApiClient guesser = browser().from("203.0.113.50");
        for (int i = 0; i < 5; i++) {
            assertEquals(401, guesser.login(alice.email(), WRONG).status());
        }

        assertEquals(429, guesser.login(alice).status(), "the guesser, even with the right password");
        assertEquals(200, alicesLaptop.login(alice).status(), "alice's known device");
        assertEquals(429, browser().from("198.51.100.60").login(alice).status(), "a client alice never used");
    }

    @Test
    void aKnownDeviceThatKeepsFailingLocksOutOnlyItself() {
        LegacyCustomer carol = LegacyCustomer.create();
        ApiClient sharedTablet = carol.loggedIn(browser());
        for (int i = 0; i < 5; i++) {
            assertEquals(401, sharedTablet.login(carol.email(), WRONG).status());
        }

        assertEquals(429, sharedTablet.login(carol).status(), "the device that failed");
        assertEquals(200, browser().from("198.51.100.61").login(carol).status(), "the account is not locked for others");
    }

    @Test
    void anAddressOverItsLimitTriesNewAccountsOnlyAFewAMinute() {
        ApiClient sprayer = browser().from("203.0.113.99");
        for (int i = 0; i < 100; i++) {
            assertEquals(401, sprayer.login(TestDatabase.uniqueEmail(), WRONG).status());
        }
        for (int i = 0; i < 10; i++) {
            assertEquals(401, sprayer.login(TestDatabase.uniqueEmail(), WRONG).status(), "still tried: a fresh account");
        }

        ApiClient.Reply slowed = sprayer.login(TestDatabase.uniqueEmail(), WRONG);
        assertEquals(429, slowed.status());
        assertEquals("60", slowed.headers().firstValue("Retry-After").orElseThrow());
    }

    @Test
    void aForgedOrAnotherAccountsDeviceCookieGivesNothing() {
        LegacyCustomer alice = LegacyCustomer.create();
        ApiClient guesser = browser().from("203.0.113.51");
        for (int i = 0; i < 5; i++) {
            assertEquals(401, guesser.login(alice.email(), WRONG).status());
        }

        ApiClient forged = browser();
        forged.cookie("auth_device", "AAAAAAAAAAAAAAAAAAAAAA.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
        assertEquals(429, forged.login(alice).status(), "a cookie that is not signed by the server");
        ApiClient bobsDevice = LegacyCustomer.create().loggedIn(browser());
        assertEquals(429, bobsDevice.login(alice).status(), "a known device of another account");
    }

    /** A login sent straight from 127.0.0.2, which no proxy setting trusts, claiming to forward for someone. */
    private int loginFromUntrustedPeer(String email, String password, String claimedClient) throws IOException {
        byte[] body = ApiClient.json("email", email, "password", password).getBytes(StandardCharsets.UTF_8);
        try (Socket socket = new Socket()) {
            socket.bind(new InetSocketAddress("127.0.0.2", 0));
            socket.connect(new InetSocketAddress("127.0.0.1", base.getPort()), 5_000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/auth/login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "X-Forwarded-For: " + claimedClient + "\r\nContent-Length: " + body.length
                    + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            String statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
            return Integer.parseInt(statusLine.split(" ")[1]);
        }
    }
}
