package nl.stagemakelaar.employer;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;

/** An employer as a broker enters it; contact persons are replaced as a whole list (ids keep existing ones). */
public record EmployerInput(
        @NotBlank @Size(max = 200) String name,
        @Pattern(regexp = "^[0-9]{8}$", message = "must be 8 digits") String kvkNumber,
        @Size(max = 100) String city,
        @Size(max = 300) @Pattern(regexp = "^https?://\\S+$", message = "must be a web address starting with http:// or https://") String website,
        @Email @Size(max = 254) String email,
        @Pattern(regexp = "^\\+?[0-9 ()-]{6,20}$") String phone,
        @Size(max = 20) List<@Valid ContactPersonInput> contactPersons,
        @Size(max = 10) List<@jakarta.validation.constraints.NotBlank @Size(max = 50) String> sectors,
        EmployerSize size,
        @Size(max = 200) String street,
        @Pattern(regexp = "^[1-9][0-9]{3} ?[A-Za-z]{2}$", message = "must be a Dutch postcode like 1234 AB") String postcode,
        SbbStatus sbbStatus,
        @Size(max = 20) String sbbNumber,
        @org.eclipse.microprofile.openapi.annotations.media.Schema(description = "The day the status and number were"
                + " checked with SBB (Stagemarkt). Left out: today when the status or number changes, else unchanged")
        @jakarta.validation.constraints.PastOrPresent java.time.LocalDate sbbCheckedOn,
        SupportOpenness supportOpenness,
        @Size(max = 1000) String supportNote,
        Boolean vogRequired,
        @Size(max = 100) String ownerBroker,
        @jakarta.validation.constraints.Min(1) @jakarta.validation.constraints.Max(365) Integer visitEveryDays) {

    public record ContactPersonInput(
            UUID id,
            @NotBlank @Size(max = 150) String name,
            @Size(max = 100) String role,
            @Email @Size(max = 254) String email,
            @Pattern(regexp = "^\\+?[0-9 ()-]{6,20}$") String phone) {
    }
}
