package io.authcognito.mfa;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class OtpauthUriTest {

    @Test
    void theLabelAndIssuerArePercentEncodedAsAUriWantsThem() {
        assertEquals("otpauth://totp/My%20Store:dana%2Bshop%40example.org?secret=JBSWY3DPEHPK3PXP&issuer=My%20Store"
                        + "&algorithm=SHA1&digits=6&period=30",
                OtpauthUri.of("My Store", "dana+shop@example.org", "JBSWY3DPEHPK3PXP"));
    }
}
