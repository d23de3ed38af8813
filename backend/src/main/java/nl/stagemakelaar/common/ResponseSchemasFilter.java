package nl.stagemakelaar.common;

import java.util.ArrayList;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Response bodies always carry every property (null when empty), so every property of a response
 * schema is listed as required; fields that can be null say so with {@code @Schema(nullable = true)}.
 * Generated clients then get exact types instead of everything optional. Request schemas (*Input)
 * keep their own required lists from the validation annotations; Problem leaves out empty members.
 * Every operation also documents its error body: application/problem+json as the default response.
 */
public class ResponseSchemasFilter implements OASFilter {

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getResponses() != null && operation.getResponses().getDefaultValue() == null) {
            operation.getResponses().setDefaultValue(OASFactory.createAPIResponse()
                    .description("Problem details (RFC 9457) naming the offending field where there is one")
                    .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                            OASFactory.createMediaType().schema(
                                    OASFactory.createSchema().ref("#/components/schemas/Problem")))));
        }
        return operation;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null) {
            return;
        }
        for (Map.Entry<String, Schema> e : openAPI.getComponents().getSchemas().entrySet()) {
            Schema schema = e.getValue();
            if (e.getKey().endsWith("Input") || e.getKey().equals("Problem") || schema.getProperties() == null || schema.getProperties().isEmpty()) {
                continue;
            }
            schema.setRequired(new ArrayList<>(schema.getProperties().keySet()));
        }
    }
}
