package nl.stagemakelaar.student;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import nl.stagemakelaar.timeline.Timeline;
import nl.stagemakelaar.timeline.TimelineKind;

/**
 * Whether the broker can reach the student. The contact log counts the failed attempts in a row (no answer,
 * no-show); this marks the case "out of contact" at the organisation's number, and clears it once reached.
 */
@ApplicationScoped
public class Reachability {

    @Inject Timeline timeline;

    public void afterAttempt(Student s, boolean reached, long failedInRow, int threshold, String who) {
        if (reached && s.outOfContactSince != null) {
            s.outOfContactSince = null;
            s.touch(who);
            timeline.record(s.organisationId, s.id, TimelineKind.BACK_IN_CONTACT, OffsetDateTime.now(), null, null, null);
        } else if (!reached && s.outOfContactSince == null && failedInRow >= threshold) {
            s.outOfContactSince = LocalDate.now();
            s.touch(who);
            timeline.record(s.organisationId, s.id, TimelineKind.OUT_OF_CONTACT, OffsetDateTime.now(),
                    failedInRow + " attempts", null, null);
        }
    }
}
