package io.authcognito.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Every error the API answers: {@code {"error": code, "message": text for a person}}. */
public record ErrorBody(String error, String message) {

    static Response response(ErrorCode code, String message) {
        return Response.status(code.status())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(new ErrorBody(code.code(), message))
                .build();
    }
}
