package nl.stagemakelaar.schoolrelation;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.stagemakelaar.common.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public final class SchoolRelationViews {

    private SchoolRelationViews() {
    }

    /**
     * One school the organisation serves: its coordinators, the agreements, and the desk's students from it by phase
     * and the outcomes of cases closed in the last twelve months — the figures to discuss with the school.
     */
    @Schema(name = "SchoolRelation")
    public record Relation(UUID schoolId, String schoolName, @Schema(nullable = true) String agreements,
            List<Coordinator> coordinators,
            @Schema(description = "Students from this school per phase (every phase listed)") Map<String, Long> phases,
            @Schema(description = "Cases closed in the last twelve months per placement outcome") Map<String, Long> outcomes,
            int version) implements Versioned {
    }

    @Schema(name = "SchoolCoordinator")
    public record Coordinator(String name, @Schema(nullable = true) String role, @Schema(nullable = true) String email,
            @Schema(nullable = true) String phone) {
    }

    @Schema(name = "SchoolRelationInput")
    public record Input(
            @Schema(description = "Who does what: the desk, the school's coordinators, the mentors") @Size(max = 2000) String agreements,
            @NotNull @Size(max = 20) List<@NotNull @Valid CoordinatorInput> coordinators) {
    }

    @Schema(name = "SchoolCoordinatorInput")
    public record CoordinatorInput(
            @NotBlank @Size(max = 150) String name,
            @Size(max = 100) String role,
            @Email @Size(max = 254) String email,
            @Pattern(regexp = "^\\+?[0-9 ()-]{6,20}$") String phone) {
    }
}
