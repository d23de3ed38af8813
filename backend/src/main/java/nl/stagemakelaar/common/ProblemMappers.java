package nl.stagemakelaar.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.InvalidNullException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.Comparator;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Turns every failure into application/problem+json; bad input never becomes a 500. */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    static Response problem(int status, String slug, String detail, List<Problem.FieldError> errors) {
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "Error";
        return Response.status(status)
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem("/problems/" + slug, title, status, detail, errors))
                .build();
    }

    @ServerExceptionMapper
    public Response api(ApiException e) {
        return problem(e.status(), e.slug(), e.getMessage(), e.errors());
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), codeOf(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.FieldError::field))
                .toList();
        return problem(400, "validation-failed", "The request has invalid fields", errors);
    }

    @ServerExceptionMapper
    public Response unknownField(UnrecognizedPropertyException e) {
        return jsonField(e, "Unknown", "unknown field");
    }

    @ServerExceptionMapper
    public Response controlCharacter(JsonHygiene.ControlCharacterException e) {
        return jsonField(e, "Characters", "contains a NUL character");
    }

    @ServerExceptionMapper
    public Response nullInList(InvalidNullException e) {
        return jsonField(e, "NotNull", "must not be null");
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e) {
        String message = e.getTargetType() != null && e.getTargetType().isEnum()
                ? "must be one of " + java.util.Arrays.toString(e.getTargetType().getEnumConstants())
                : "has the wrong format";
        return jsonField(e, e.getTargetType() != null && e.getTargetType().isEnum() ? "Enum" : "Format", message);
    }

    @ServerExceptionMapper
    public Response jsonMapping(JsonMappingException e) {
        return jsonField(e, "Format", "cannot be read");
    }

    @ServerExceptionMapper
    public Response malformedJson(JsonProcessingException e) {
        return problem(400, "malformed-json", "The request body is not valid JSON", List.of());
    }

    @ServerExceptionMapper
    public Response optimisticLock(OptimisticLockException e) {
        return problem(412, "stale", "The record was changed by someone else; reload it and try again", List.of());
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e) {
        return unauthenticated();
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e) {
        return unauthenticated();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e) {
        return problem(403, "forbidden", "Your role does not allow this", List.of());
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            LOG.error("Request failed", e);
            return problem(status, "server-error", "Something went wrong on our side", List.of());
        }
        String slug = switch (status) {
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 413 -> "too-large";
            case 415 -> "unsupported-media-type";
            default -> "bad-request";
        };
        return problem(status, slug, e.getMessage(), List.of());
    }

    /**
     * Anything unforeseen: logged with an id the caller can quote, never a stack trace in the body. What the
     * database refuses is classified first, so a race on a unique key is a 409 and a lost database a 503.
     */
    @ServerExceptionMapper
    public Response unexpected(Exception e) {
        Response database = DatabaseProblems.classify(e);
        if (database != null) {
            return database;
        }
        String errorId = java.util.UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected failure, error id %s", errorId);
        return problem(500, "server-error", "Something went wrong on our side (error id " + errorId + ")", List.of());
    }

    static Response unauthenticated() {
        Response r = problem(401, "unauthenticated", "A valid bearer token is required", List.of());
        return Response.fromResponse(r).header("WWW-Authenticate", "Bearer").build();
    }

    private static Response jsonField(JsonMappingException e, String code, String message) {
        String field = pathOf(e.getPath());
        return problem(400, "validation-failed", "The request has invalid fields",
                List.of(new Problem.FieldError(field, code, field + " " + message)));
    }

    static String pathOf(List<JsonMappingException.Reference> path) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            if (ref.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.isEmpty() ? "body" : sb.toString();
    }

    /** The property path without the Java method and parameter names, as the client wrote it. */
    static String fieldOf(ConstraintViolation<?> v) {
        String parameter = null;
        StringBuilder sb = new StringBuilder();
        for (Path.Node node : v.getPropertyPath()) {
            if (node.getKind() == ElementKind.METHOD) {
                continue;
            }
            if (node.getKind() == ElementKind.PARAMETER) {
                parameter = node.getName();
                continue;
            }
            if (node.getIndex() != null) {
                sb.append('[').append(node.getIndex()).append(']');
            }
            String name = node.getName();
            if (name != null && !name.startsWith("<")) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(name);
            }
        }
        if (!sb.isEmpty()) {
            return sb.toString();
        }
        return parameter != null ? parameter : "body";
    }

    private static String codeOf(ConstraintViolation<?> v) {
        return v.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
    }
}
