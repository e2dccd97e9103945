package io.authcognito.api.request;

/** {@code DELETE /customers/me/mfa}: the password and a code from the authenticator app. */
public record SecondFactorProof(@Password String password, @Text(max = 64) String code) implements RequestBody {

    public SecondFactorProof {
        code = RequestBody.trimmed(code);
    }
}
