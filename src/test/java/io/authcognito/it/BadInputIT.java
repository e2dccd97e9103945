package io.authcognito.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Whatever a client sends, the answer is a 4xx in the contract's shape: never a 500, never a stack trace. */
class BadInputIT extends HttpIT {

    private static final String LOGIN = "api/auth/login";

    @Test
    void malformedOrMistypedLoginBodiesAre400InvalidRequest() {
        String[] bodies = {
            "",
            "{",
            "not json",
            "[]",
            "\"a string\"",
            "null",
            "{}",
            "{\"email\":\"a@example.com\"}",
            "{\"password\":\"secret-1\"}",
            "{\"email\":123,\"password\":\"secret-1\"}",
            "{\"email\":\"a@example.com\",\"password\":[\"x\"]}",
            "{\"email\":\"a@example.com\",\"password\":null}",
            "{\"email\":\"a@example.com\",\"password\":\"\"}",
            "{\"email\":\"not-an-email\",\"password\":\"secret-1\"}",
            "{\"email\":\"a@example.com\",\"password\":\"nul\\u0000byte\"}",
            "{\"email\":\"a\\u0000@example.com\",\"password\":\"secret-1\"}",
            "{\"email\":\"a@example.com\",\"password\":\"lone \\ud800 surrogate\"}",
            "{\"email\":\"a@example.com\",\"password\":\"" + "p".repeat(300) + "\"}",
            "{\"email\":\"" + "e".repeat(300) + "@example.com\",\"password\":\"secret-1\"}",
            "{\"email\":\"a@example.com\",\"password\":\"secret-1\"} trailing",
        };
        for (String body : bodies) {
            assertInvalidRequest(browser().post(LOGIN, body), body);
        }
    }

    @Test
    void hugeBodyIs400() {
        String huge = "{\"email\":\"a@example.com\",\"password\":\"" + "x".repeat(2_000_000) + "\"}";
        assertInvalidRequest(browser().post(LOGIN, huge), "2 MB body");
    }

    @Test
    void bytesThatAreNotUtf8Are400() {
        byte[] body = "{\"email\":\"a@example.com\",\"password\":\"\u00ff\"}".getBytes(StandardCharsets.ISO_8859_1);
        assertInvalidRequest(browser().post(LOGIN, body, "application/json"), "Latin-1 bytes");
    }

    @Test
    void oddButValidUnicodeIsAnOrdinaryWrongLogin() {
        ApiClient.Reply reply = browser().login("zoë+日本@example.com", "pässwörd-🔑\u0301");
        assertEquals(401, reply.status(), reply.body());
        assertEquals("invalid_credentials", reply.error());
    }

    @Test
    void wrongContentTypeIs415InTheContractShape() {
        ApiClient.Reply reply = browser().post(LOGIN, "email=a".getBytes(StandardCharsets.UTF_8),
                "application/x-www-form-urlencoded");
        assertEquals(415, reply.status());
        assertEquals("unsupported_media_type", reply.error());
    }

    @Test
    void unknownPathAndWrongMethodAnswerInTheContractShape() {
        ApiClient.Reply missing = browser().get("api/no-such-thing");
        assertEquals(404, missing.status());
        assertEquals("not_found", missing.error());

        ApiClient.Reply wrongMethod = browser().get(LOGIN);
        assertEquals(405, wrongMethod.status());
        assertEquals("method_not_allowed", wrongMethod.error());
    }

    private static void assertInvalidRequest(ApiClient.Reply reply, String sent) {
        String shown = sent.length() > 80 ? sent.substring(0, 80) + "..." : sent;
        assertEquals(400, reply.status(), "for " + shown + ": " + reply.body());
        assertEquals("invalid_request", reply.error(), "for " + shown);
        assertFalse(reply.body().contains("Exception") || reply.body().contains("\tat "), "no stack trace: " + reply.body());
    }
}
