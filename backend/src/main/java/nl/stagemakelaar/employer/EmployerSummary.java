package nl.stagemakelaar.employer;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import java.util.UUID;

/** A row of the employer list; contact persons only on the detail, so the list is one query. */
public record EmployerSummary(UUID id, String name, @Schema(nullable = true) String kvkNumber, @Schema(nullable = true) String city, @Schema(nullable = true) String phone) {

    public static EmployerSummary of(Employer e) {
        return new EmployerSummary(e.id, e.name, e.kvkNumber, e.city, e.phone);
    }
}
