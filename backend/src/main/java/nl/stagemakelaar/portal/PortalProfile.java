package nl.stagemakelaar.portal;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import nl.stagemakelaar.common.Versioned;
import nl.stagemakelaar.employer.Employer;
import nl.stagemakelaar.employer.EmployerSize;
import nl.stagemakelaar.employer.Sectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The company profile as the employer sees and edits it: their own contact details, description and
 * sectors. SBB status, support openness, the broker's notes and the relation owner are not part of it.
 */
@Schema(name = "PortalProfile")
public record PortalProfile(String name, @Schema(nullable = true) String kvkNumber,
        @Schema(nullable = true) String website, @Schema(nullable = true) String email,
        @Schema(nullable = true) String phone, @Schema(nullable = true) String street,
        @Schema(nullable = true) String postcode, @Schema(nullable = true) String city, List<String> sectors,
        @Schema(nullable = true) EmployerSize size, @Schema(nullable = true) String description, int version) implements Versioned {

    static PortalProfile of(Employer e) {
        return new PortalProfile(e.name, e.kvkNumber, e.website, e.email, e.phone, e.street, e.postcode, e.city,
                Sectors.split(e.sectors), e.size, e.description, e.version);
    }

    @Schema(name = "PortalProfileInput")
    public record Input(
            @Size(max = 300) @Pattern(regexp = "^https?://\\S+$", message = "must be a web address starting with http:// or https://") String website,
            @Email @Size(max = 254) String email,
            @Pattern(regexp = "^\\+?[0-9 ()-]{6,20}$") String phone,
            @Size(max = 200) String street,
            @Pattern(regexp = "^[1-9][0-9]{3} ?[A-Za-z]{2}$", message = "must be a Dutch postcode like 1234 AB") String postcode,
            @Size(max = 100) String city,
            @Size(max = 10) List<@NotBlank @Size(max = 50) String> sectors,
            EmployerSize size,
            @Size(max = 2000) String description) {
    }
}
