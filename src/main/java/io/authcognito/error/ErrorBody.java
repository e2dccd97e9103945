package io.authcognito.error;

/** Every error the API answers: {@code {"error": code, "message": text for a person}}. */
public record ErrorBody(String error, String message) {

    public static ErrorBody of(ContractException refusal) {
        return new ErrorBody(refusal.code().code(), refusal.getMessage());
    }
}
