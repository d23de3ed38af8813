package nl.stagemakelaar.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem body. {@code errors} names each offending field, so forms can show it next to the field. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /**
     * @param field JSON path of the field in the request, e.g. {@code contactPersons[0].email}
     * @param code a stable machine code (NotBlank, Pattern, Unique, …) that clients translate
     */
    @Schema(name = "FieldError")
    public record FieldError(String field, String code, String message) {
    }
}
