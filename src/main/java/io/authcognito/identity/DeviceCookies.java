package io.authcognito.identity;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * OWASP's device cookie: a browser that has logged in to an account carries a signed cookie for
 * it, {@code nonce.signature}, the signature an HMAC of the account's email and the nonce. Such a
 * browser is a known device of that account: failures from elsewhere do not lock it out, and its
 * own failures lock out only itself. The email is not in the cookie, and a cookie proves nothing
 * for any other account.
 */
@ApplicationScoped
public class DeviceCookies {

    static final String NAME = "auth_device";
    private static final Duration LIFETIME = Duration.ofDays(365);
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    DeviceKey deviceKey;

    private volatile byte[] key;

    /** Whether the cookie goes over HTTPS only, as the session cookie does. */
    @Inject
    @ConfigProperty(name = "SESSION_COOKIE_SECURE", defaultValue = "true")
    boolean secure;

    /** The device (its nonce) if the request carries a valid device cookie for this email. */
    public Optional<String> deviceOf(HttpServletRequest request, String email) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null) {
            return Optional.empty();
        }
        return Arrays.stream(cookies)
                .filter(cookie -> cookie.getName().equals(NAME))
                .map(Cookie::getValue)
                .map(value -> verified(value, email))
                .flatMap(Optional::stream)
                .findFirst();
    }

    /** Gives the browser a device cookie for this email, after a correct login. */
    public void issue(HttpServletResponse response, String email) {
        byte[] nonce = new byte[16];
        RANDOM.nextBytes(nonce);
        String encodedNonce = Base64.getUrlEncoder().withoutPadding().encodeToString(nonce);
        Cookie cookie = new Cookie(NAME, encodedNonce + "." + signature(encodedNonce, email));
        cookie.setHttpOnly(true);
        cookie.setSecure(secure);
        cookie.setPath("/");
        cookie.setMaxAge(Math.toIntExact(LIFETIME.toSeconds()));
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }

    private byte[] key() {
        byte[] known = key;
        if (known == null) {
            known = deviceKey.load();
            key = known;
        }
        return known;
    }

    private Optional<String> verified(String value, String email) {
        int dot = value.indexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        String nonce = value.substring(0, dot);
        byte[] given = value.substring(dot + 1).getBytes(StandardCharsets.US_ASCII);
        byte[] expected = signature(nonce, email).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(given, expected) ? Optional.of(nonce) : Optional.empty();
    }

    private String signature(String nonce, String email) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(), "HmacSHA256"));
            byte[] digest = mac.doFinal((email.toLowerCase(Locale.ROOT) + "\n" + nonce).getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }
}
