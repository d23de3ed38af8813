package nl.stagemakelaar.employer;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import nl.stagemakelaar.common.Versioned;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

public record EmployerView(UUID id, String name, @Schema(nullable = true) String kvkNumber, @Schema(nullable = true) String city, @Schema(nullable = true) String website, @Schema(nullable = true) String email,
        @Schema(nullable = true) String phone, @Schema(nullable = true) String description, List<ContactPersonView> contactPersons, List<String> sectors,
        @Schema(nullable = true) EmployerSize size, @Schema(nullable = true) String street,
        @Schema(nullable = true) String postcode, SbbStatus sbbStatus, @Schema(nullable = true) String sbbNumber,
        @Schema(nullable = true) java.time.LocalDate sbbCheckedOn,
        @Schema(description = "The SBB recognition was checked more than a year ago (or never): check it again") boolean sbbCheckDue,
        SupportOpenness supportOpenness, @Schema(nullable = true) String supportNote, boolean vogRequired,
        @Schema(nullable = true) String ownerBroker, @Schema(nullable = true) Integer visitEveryDays,
        @Schema(nullable = true, description = "The last contact or outreach") OffsetDateTime lastContactAt, int version,
        OffsetDateTime createdAt, String createdBy, OffsetDateTime updatedAt, String updatedBy) implements Versioned.Addressable {

    public record ContactPersonView(UUID id, String name, @Schema(nullable = true) String role, @Schema(nullable = true) String email, @Schema(nullable = true) String phone) {
    }

    public static EmployerView of(Employer e) {
        List<ContactPersonView> contacts = e.contactPersons.stream()
                .map(c -> new ContactPersonView(c.id, c.name, c.role, c.email, c.phone)).toList();
        return new EmployerView(e.id, e.name, e.kvkNumber, e.city, e.website, e.email, e.phone, e.description, contacts,
                Sectors.split(e.sectors), e.size, e.street, e.postcode, e.sbbStatus, e.sbbNumber, e.sbbCheckedOn, e.sbbCheckDue(), e.supportOpenness,
                e.supportNote, e.vogRequired, e.ownerBroker, e.visitEveryDays, e.lastContactAt, e.version, e.createdAt, e.createdBy,
                e.updatedAt, e.updatedBy);
    }
}
