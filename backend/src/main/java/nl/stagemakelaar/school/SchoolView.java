package nl.stagemakelaar.school;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record SchoolView(UUID id, String name, @Schema(nullable = true) String city) {

    public static SchoolView of(School s) {
        return s == null ? null : new SchoolView(s.id, s.name, s.city);
    }
}
