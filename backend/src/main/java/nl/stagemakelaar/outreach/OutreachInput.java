package nl.stagemakelaar.outreach;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;

/** An employer of the network, or a new one typed quickly by name (it joins the network). */
public record OutreachInput(UUID employerId, @Size(max = 200) String newEmployerName, @NotNull OutreachChannel channel,
        @PastOrPresent LocalDate approachedOn, @NotNull OutreachResult result, @Size(max = 500) String declineReason) {
}
