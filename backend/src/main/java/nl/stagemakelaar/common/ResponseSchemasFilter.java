package nl.stagemakelaar.common;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;

/**
 * Response bodies always carry every property (null when empty), so every property of a schema that a
 * response uses is listed as required; fields that can be null say so with {@code @Schema(nullable = true)}.
 * Generated clients then get exact types instead of everything optional. Request-only schemas keep the
 * required lists from their validation annotations; Problem leaves out empty members.
 * Every operation also documents its error body: application/problem+json as the default response.
 */
public class ResponseSchemasFilter implements OASFilter {

    private static final String PREFIX = "#/components/schemas/";

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getResponses() != null && operation.getResponses().getDefaultValue() == null) {
            operation.getResponses().setDefaultValue(OASFactory.createAPIResponse()
                    .description("Problem details (RFC 9457) naming the offending field where there is one")
                    .content(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                            OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PREFIX + "Problem")))));
        }
        return operation;
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null || openAPI.getComponents().getSchemas() == null
                || openAPI.getPaths() == null) {
            return;
        }
        idempotencyKeys(openAPI);
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        Deque<Schema> todo = new ArrayDeque<>();
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().forEach(op -> {
            if (op.getResponses() != null && op.getResponses().getAPIResponses() != null) {
                op.getResponses().getAPIResponses().forEach((code, response) -> {
                    if (code.startsWith("2") && response.getContent() != null) {
                        response.getContent().getMediaTypes().values().forEach(mt -> push(todo, mt.getSchema()));
                    }
                });
            }
        }));
        Set<String> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            Schema s = todo.pop();
            if (s.getRef() != null) {
                String name = s.getRef().substring(PREFIX.length());
                Schema target = schemas.get(name);
                if (target != null && !name.equals("Problem") && seen.add(name)) {
                    if (target.getProperties() != null && !target.getProperties().isEmpty()) {
                        target.setRequired(new ArrayList<>(target.getProperties().keySet()));
                    }
                    push(todo, target);
                }
                continue;
            }
            if (s.getProperties() != null) {
                s.getProperties().values().forEach(p -> push(todo, p));
            }
            push(todo, s.getItems());
            if (s.getAnyOf() != null) {
                s.getAnyOf().forEach(p -> push(todo, p));
            }
            if (s.getOneOf() != null) {
                s.getOneOf().forEach(p -> push(todo, p));
            }
            if (s.getAllOf() != null) {
                s.getAllOf().forEach(p -> push(todo, p));
            }
        }
    }

    private static void push(Deque<Schema> todo, Schema s) {
        if (s != null) {
            todo.push(s);
        }
    }

    /** Every POST with a body takes an Idempotency-Key (integration/Idempotency): one parameter, referred to. */
    private static void idempotencyKeys(OpenAPI openAPI) {
        openAPI.getComponents().addParameter("IdempotencyKey", OASFactory.createParameter().name("Idempotency-Key")
                .in(org.eclipse.microprofile.openapi.models.parameters.Parameter.In.HEADER).required(false)
                .description("Makes a retried POST safe: the same key with the same request answers the first response again"
                        + " (with `Idempotent-Replayed: true`) and creates nothing new; with a different request, 422. Per caller,"
                        + " kept at least 24 hours; 1 to 100 letters, digits or . _ : -")
                .schema(OASFactory.createSchema().addType(Schema.SchemaType.STRING).maxLength(100)
                        .pattern("^[A-Za-z0-9._:-]{1,100}$")));
        openAPI.getPaths().getPathItems().values().forEach(item -> {
            Operation post = item.getPOST();
            if (post != null && post.getRequestBody() != null) {
                post.addParameter(OASFactory.createParameter().ref("#/components/parameters/IdempotencyKey"));
            }
        });
    }
}
