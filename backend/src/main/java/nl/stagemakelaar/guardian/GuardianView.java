package nl.stagemakelaar.guardian;

import java.util.UUID;
import nl.stagemakelaar.common.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record GuardianView(UUID id, UUID studentId, String name, GuardianRelation relation,
        @Schema(nullable = true) String phone, @Schema(nullable = true) String email, boolean mayContact,
        @Schema(nullable = true) String note, int version) implements Versioned.Addressable {

    static GuardianView of(Guardian g) {
        return new GuardianView(g.id, g.studentId, g.name, g.relation, g.phone, g.email, g.mayContact, g.note, g.version);
    }
}
