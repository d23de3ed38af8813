package nl.stagemakelaar.outreach;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Another broker of the organisation approached this employer recently: who, for whom, when. */
@Schema(name = "RecentOutreach")
public record RecentOutreach(String broker, UUID studentId, String studentName, LocalDate approachedOn, OutreachResult result) {
}
