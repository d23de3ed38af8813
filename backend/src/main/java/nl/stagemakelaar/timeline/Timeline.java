package nl.stagemakelaar.timeline;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import nl.stagemakelaar.common.PageRequest;
import nl.stagemakelaar.security.Caller;

/** Appends to and reads a student's timeline; appends join the caller's transaction. */
@ApplicationScoped
public class Timeline {

    @Inject Caller caller;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(UUID organisationId, UUID studentId, TimelineKind kind, OffsetDateTime at, String detail,
            String reason, UUID refId) {
        recordAs(caller.username(), organisationId, studentId, kind, at, detail, reason, refId);
    }

    /** For the few writes without a logged-in caller (a student answering a survey link). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void recordAs(String actor, UUID organisationId, UUID studentId, TimelineKind kind, OffsetDateTime at,
            String detail, String reason, UUID refId) {
        TimelineEntry e = new TimelineEntry();
        e.organisationId = organisationId;
        e.studentId = studentId;
        e.occurredAt = at;
        e.kind = kind;
        e.actor = actor;
        // A line on the timeline is a summary: long texts live in their own record and are cut here.
        e.detail = cut(detail, 500);
        e.reason = cut(reason, 1000);
        e.refId = refId;
        e.persist();
    }

    static String cut(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** Newest first; the caller has already checked the student is in scope. */
    public List<TimelineEntry> page(UUID studentId, PageRequest page) {
        return TimelineEntry.<TimelineEntry>find("studentId = ?1 order by occurredAt desc, id desc", studentId)
                .page(page.page(), page.size()).list();
    }

    public long count(UUID studentId) {
        return TimelineEntry.count("studentId", studentId);
    }
}
