package io.authcognito.api.request;

/** {@code POST /customers}. */
public record RegistrationRequest(
        @EmailAddress String email,
        @Password String password,
        @Text(max = 200, optional = true) String firstName,
        @Text(max = 200, optional = true) String lastName) implements RequestBody {

    public RegistrationRequest {
        email = RequestBody.trimmed(email);
    }
}
