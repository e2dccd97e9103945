package io.authcognito.api.request;

/** {@code POST /auth/login/mfa} and {@code POST /customers/me/mfa/totp/confirm}: a code from the authenticator app. */
public record SecondFactorCode(@Text(max = 64) String code) implements RequestBody {

    public SecondFactorCode {
        code = RequestBody.trimmed(code);
    }
}
