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
        @Size(max = 20) List<@Valid ContactPersonInput> contactPersons) {

    public record ContactPersonInput(
            UUID id,
            @NotBlank @Size(max = 150) String name,
            @Size(max = 100) String role,
            @Email @Size(max = 254) String email,
            @Pattern(regexp = "^\\+?[0-9 ()-]{6,20}$") String phone) {
    }
}
