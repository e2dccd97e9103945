package io.authcognito.api.request;

/** {@code DELETE /customers/me}: the password, to prove it is the customer asking. */
public record PasswordProof(@Password String password) implements RequestBody {
}
