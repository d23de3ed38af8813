package nl.stagemakelaar.student;

import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import nl.stagemakelaar.security.Caller;
import nl.stagemakelaar.timeline.Timeline;
import nl.stagemakelaar.timeline.TimelineKind;

/**
 * The one place a student's phase moves, by hand (the case file) or by a placement step: the timeline and
 * the audit trail always say so. Callers check the rules first ({@link PhaseRules} for hand moves).
 */
@ApplicationScoped
public class StudentPhases {

    @Inject Timeline timeline;
    @Inject Caller caller;

    public void move(Student s, Phase to, String reason) {
        if (s.phase == to) {
            return;
        }
        Phase from = s.phase;
        s.phase = to;
        s.touch(caller.username());
        timeline.record(s.organisationId, s.id, TimelineKind.PHASE_CHANGED, OffsetDateTime.now(), from + " → " + to,
                reason, null);
        Log.infof("student %s phase %s -> %s by %s", s.id, from, to, caller.username());
    }
}
