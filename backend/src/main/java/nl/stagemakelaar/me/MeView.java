package nl.stagemakelaar.me;

import java.util.List;
import java.util.UUID;
import nl.stagemakelaar.organisation.OrganisationView;
import nl.stagemakelaar.school.SchoolView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Who the caller is and what scope the token gives them; the SPA builds its menu from this. */
public record MeView(String username, String name, List<String> roles, @Schema(nullable = true) OrganisationView organisation,
        @Schema(nullable = true) SchoolView school, @Schema(nullable = true) UUID employerId,
        @Schema(nullable = true) String employerName) {
}
