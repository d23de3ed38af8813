package nl.stagemakelaar.common;

import java.util.List;

/** A failure the client can act on; becomes a problem+json response with the given status. */
public class ApiException extends RuntimeException {

    private final int status;
    private final String slug;
    private final List<Problem.FieldError> errors;

    public ApiException(int status, String slug, String detail, List<Problem.FieldError> errors) {
        super(detail);
        this.status = status;
        this.slug = slug;
        this.errors = errors;
    }

    public static ApiException notFound(String what) {
        return new ApiException(404, "not-found", what + " not found", List.of());
    }

    public static ApiException invalidField(String field, String code, String message) {
        return new ApiException(400, "validation-failed", "The request has invalid fields",
                List.of(new Problem.FieldError(field, code, message)));
    }

    public static ApiException conflict(String field, String code, String message) {
        return new ApiException(409, "conflict", message, List.of(new Problem.FieldError(field, code, message)));
    }

    public static ApiException forbidden(String detail) {
        return new ApiException(403, "forbidden", detail, List.of());
    }

    public int status() {
        return status;
    }

    public String slug() {
        return slug;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }
}
