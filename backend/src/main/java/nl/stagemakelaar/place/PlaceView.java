package nl.stagemakelaar.place;

import java.time.LocalDate;
import java.util.UUID;
import nl.stagemakelaar.common.Versioned;
import nl.stagemakelaar.school.ProgrammeView;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A place with how many are filled: counted from accepted, running and completed placements. */
public record PlaceView(UUID id, UUID employerId, String employerName, String title, @Schema(nullable = true) String reference,
        @Schema(nullable = true) ProgrammeView programme, @Schema(nullable = true) String sector, int levelMin,
        int levelMax, int places, long filled, @Schema(nullable = true) LocalDate startDate,
        @Schema(nullable = true) Integer hoursPerWeek, @Schema(nullable = true) String city, PlaceSource source,
        PlaceStatus status, boolean certificateOfConductRequired, int version) implements Versioned.Addressable {

    public static PlaceView of(InternshipPlace p, long filled) {
        PlaceStatus shown = p.status == PlaceStatus.OPEN && filled >= p.places ? PlaceStatus.FILLED : p.status;
        return new PlaceView(p.id, p.employer.id, p.employer.name, p.title, p.reference, ProgrammeView.of(p.programme), p.sector,
                p.levelMin, p.levelMax, p.places, filled, p.startDate, p.hoursPerWeek, p.city, p.source, shown,
                p.certificateOfConductRequired, p.version);
    }
}
