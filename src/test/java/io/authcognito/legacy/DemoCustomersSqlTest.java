package io.authcognito.legacy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/** The demo customers' documented passwords really open their generated hashes. */
class DemoCustomersSqlTest {

    private static final Pattern CUSTOMER_ROW =
            Pattern.compile("\\('(cus_demo_[a-z]+)', '[^']*', '[^']*', '[^']*', '([^']*)', true");

    @Test
    void demoPasswordsMatch() throws IOException {
        String sql;
        try (InputStream in = getClass().getResourceAsStream("/local/demo-customers.sql")) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, String> hashById = new LinkedHashMap<>();
        Matcher matcher = CUSTOMER_ROW.matcher(sql);
        while (matcher.find()) {
            hashById.put(matcher.group(1), matcher.group(2));
        }
        assertEquals(3, hashById.size(), hashById.keySet()::toString);

        LegacyPasswordHashes hashes = new LegacyPasswordHashes();
        assertEquals(Verdict.MATCH, hashes.verify("alice-password-1".toCharArray(), hashById.get("cus_demo_alice")));
        assertEquals(Verdict.MATCH, hashes.verify("bob-password-1".toCharArray(), hashById.get("cus_demo_bob")));
        assertEquals(Verdict.MATCH, hashes.verify("carol-password-1".toCharArray(), hashById.get("cus_demo_carol")));
        assertEquals(Verdict.MISMATCH, hashes.verify("alice-password-1".toCharArray(), hashById.get("cus_demo_carol")));
        assertEquals("$2b$10$", hashById.get("cus_demo_bob").substring(0, 7));
        assertEquals("c2NyeXB0AAEAAAABAAAA", hashById.get("cus_demo_alice").substring(0, 20)); // logN 1, r 1
    }
}
