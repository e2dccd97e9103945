package io.authcognito.api;

import io.authcognito.error.ErrorCode;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Gives every error answer of the OpenAPI document the contract's error body, with the codes
 * taken from {@link ErrorCode} itself, so the resources' annotations only say what each answer
 * means. Named by {@code mp.openapi.filter} in the library's {@code microprofile-config.properties}.
 */
public class OpenApiErrorBodies implements OASFilter {

    private static final String SCHEMA = "ErrorBody";

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
            operation.getResponses().getAPIResponses().forEach((status, response) -> {
                if (status.startsWith("4") || status.startsWith("5")) {
                    response.setContent(OASFactory.createContent().addMediaType(MediaType.APPLICATION_JSON,
                            OASFactory.createMediaType().schema(OASFactory.createSchema().ref(SCHEMA))));
                }
            });
        }
        return operation;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema(SCHEMA, OASFactory.createSchema()
                .type(Schema.SchemaType.OBJECT)
                .addProperty("error", OASFactory.createSchema().type(Schema.SchemaType.STRING)
                        .enumeration(Arrays.stream(ErrorCode.values()).<Object>map(ErrorCode::code).distinct().toList()))
                .addProperty("message", OASFactory.createSchema().type(Schema.SchemaType.STRING)
                        .description("for a person; never a password, hash or token"))
                .required(java.util.List.of("error", "message")));
    }
}
