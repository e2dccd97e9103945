package io.authcognito.api.request;

import io.authcognito.error.ContractException;
import io.authcognito.error.ErrorCode;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import java.util.Set;

/**
 * Every request that changes something says {@code Content-Type: application/json}, body or not.
 * A browser sends that type across origins only after a CORS preflight, which this API does not
 * grant, so a page on another origin (a sibling subdomain included) cannot log a customer out or
 * end their sessions with a plain form or a body-less {@code fetch}.
 */
@Provider
@JsonRequests
public class JsonContentType implements ContainerRequestFilter {

    private static final Set<String> CHANGES = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.DELETE, HttpMethod.PATCH);

    @Override
    public void filter(ContainerRequestContext request) {
        MediaType type = request.getMediaType();
        if (CHANGES.contains(request.getMethod())
                && (type == null || !MediaType.APPLICATION_JSON_TYPE.isCompatible(type) || type.isWildcardType())) {
            throw new ContractException(ErrorCode.UNSUPPORTED_MEDIA_TYPE, "Send Content-Type: application/json.");
        }
    }
}
