package io.authcognito.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class ApiExceptionMapper implements ExceptionMapper<ApiException> {

    @Override
    public Response toResponse(ApiException e) {
        Response response = ErrorBody.response(e.code(), e.getMessage());
        if (e.code() == ErrorCode.AUTH_UNAVAILABLE || e.code() == ErrorCode.SERVICE_UNAVAILABLE) {
            return Response.fromResponse(response).header("Retry-After", "5").build();
        }
        if (e.code() == ErrorCode.TOO_MANY_ATTEMPTS) {
            return Response.fromResponse(response).header("Retry-After", "900").build();
        }
        return response;
    }
}
