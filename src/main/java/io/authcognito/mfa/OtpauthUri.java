package io.authcognito.mfa;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * The {@code otpauth://totp/...} URI authenticator apps read from a QR code (Google
 * Authenticator's key URI format): the issuer and the account name label the entry; the
 * algorithm, digits and period are Cognito's (SHA-1, 6 digits, 30 seconds).
 */
final class OtpauthUri {

    private OtpauthUri() {
    }

    static String of(String issuer, String account, String secret) {
        return "otpauth://totp/" + encoded(issuer) + ":" + encoded(account)
                + "?secret=" + secret + "&issuer=" + encoded(issuer) + "&algorithm=SHA1&digits=6&period=30";
    }

    /** Percent-encoding as a URI wants it: a space is {@code %20}, not a form's {@code +}. */
    private static String encoded(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
