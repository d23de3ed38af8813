package nl.stagemakelaar.preparation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.stagemakelaar.placement.PlacementStatus;
import nl.stagemakelaar.security.Caller;
import nl.stagemakelaar.student.Student;
import nl.stagemakelaar.student.StudentRepository;
import nl.stagemakelaar.timeline.Timeline;
import nl.stagemakelaar.timeline.TimelineKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@ApplicationScoped
public class PreparationService {

    public record ItemView(PreparationItemType item, PreparationStatus status,
            @Schema(nullable = true) OffsetDateTime changedAt, @Schema(nullable = true) String changedBy,
            @Schema(nullable = true, description = "For the certificate of conduct: the employer and place that ask for it")
            String askedBy) {
    }

    public record StatusInput(@jakarta.validation.constraints.NotNull PreparationStatus status) {
    }

    @Inject StudentRepository students;
    @Inject Caller caller;
    @Inject Timeline timeline;

    /**
     * The kit's items in order, never touched ones as OPEN; the certificate of conduct only while an employer or place the
     * student is proposed to or placed at asks for it, or once the broker recorded something about it.
     */
    @Transactional
    public List<ItemView> checklist(UUID studentId) {
        Student s = student(studentId);
        Map<PreparationItemType, PreparationItem> saved = PreparationItem.<PreparationItem>list("key.studentId", s.id)
                .stream().collect(Collectors.toMap(i -> i.key.item, Function.identity()));
        String askedBy = certificateAskedBy(s.id);
        return Arrays.stream(PreparationItemType.values())
                .filter(type -> type != PreparationItemType.CERTIFICATE_OF_CONDUCT || askedBy != null || saved.containsKey(type))
                .map(type -> {
                    PreparationItem i = saved.get(type);
                    String by = type == PreparationItemType.CERTIFICATE_OF_CONDUCT ? askedBy : null;
                    return i == null ? new ItemView(type, PreparationStatus.OPEN, null, null, by)
                            : new ItemView(type, i.status, i.changedAt, i.changedBy, by);
                }).toList();
    }

    /** "Employer — place" of the latest live proposal or current placement whose employer or place asks for a VOG. */
    private String certificateAskedBy(UUID studentId) {
        List<String> found = students.getEntityManager().createQuery("""
                select p.employer.name || coalesce(' — ' || pl.title, '') from Placement p left join p.place pl
                where p.student.id = :student and p.status in :live
                  and (p.employer.vogRequired = true or pl.certificateOfConductRequired = true)
                order by p.createdAt desc""", String.class)
                .setParameter("student", studentId)
                .setParameter("live", EnumSet.of(PlacementStatus.PROPOSED, PlacementStatus.INTERVIEW,
                        PlacementStatus.ACCEPTED, PlacementStatus.ACTIVE))
                .setMaxResults(1).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    @Transactional
    public ItemView set(UUID studentId, PreparationItemType type, PreparationStatus status) {
        Student s = student(studentId);
        PreparationItem i = PreparationItem.findById(new PreparationItem.Key(s.id, type));
        PreparationStatus from = i == null ? PreparationStatus.OPEN : i.status;
        if (i == null) {
            i = new PreparationItem();
            i.key = new PreparationItem.Key(s.id, type);
            i.organisationId = s.organisationId;
        }
        if (from != status || i.changedAt == null) {
            i.status = status;
            i.changedAt = OffsetDateTime.now();
            i.changedBy = caller.username();
            i.persist();
            timeline.record(s.organisationId, s.id, TimelineKind.CHECKLIST_CHANGED, i.changedAt,
                    type + ": " + from + " → " + status, null, null);
        }
        return new ItemView(type, i.status, i.changedAt, i.changedBy,
                type == PreparationItemType.CERTIFICATE_OF_CONDUCT ? certificateAskedBy(s.id) : null);
    }

    private Student student(UUID id) {
        return students.requireInOrganisation(caller.organisationId(), id);
    }
}
