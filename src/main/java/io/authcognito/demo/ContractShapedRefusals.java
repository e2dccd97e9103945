package io.authcognito.demo;

import io.authcognito.api.ContractExceptionMapper;
import io.authcognito.api.FailureMapper;
import io.authcognito.api.RuntimeRefusals;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * In the runnable WAR every answer is the contract's, including the runtime's refusals outside
 * any resource (an unknown path). Not in the library: an application answers its own 404s.
 */
@Provider
public class ContractShapedRefusals implements ExceptionMapper<WebApplicationException> {

    @Context
    SecurityContext security;

    @Override
    public Response toResponse(WebApplicationException e) {
        return ContractExceptionMapper.answer(RuntimeRefusals.of(e, security).orElseGet(() -> FailureMapper.unexpected(e)));
    }
}
