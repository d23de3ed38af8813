package nl.stagemakelaar.preparation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import nl.stagemakelaar.security.Caller;
import nl.stagemakelaar.student.Student;
import nl.stagemakelaar.student.StudentRepository;
import nl.stagemakelaar.timeline.Timeline;
import nl.stagemakelaar.timeline.TimelineKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@ApplicationScoped
public class PreparationService {

    public record ItemView(PreparationItemType item, PreparationStatus status,
            @Schema(nullable = true) OffsetDateTime changedAt, @Schema(nullable = true) String changedBy) {
    }

    public record StatusInput(@jakarta.validation.constraints.NotNull PreparationStatus status) {
    }

    @Inject StudentRepository students;
    @Inject Caller caller;
    @Inject Timeline timeline;

    /** All six items in kit order; items never touched read as OPEN. */
    @Transactional
    public List<ItemView> checklist(UUID studentId) {
        Student s = student(studentId);
        Map<PreparationItemType, PreparationItem> saved = PreparationItem.<PreparationItem>list("key.studentId", s.id)
                .stream().collect(Collectors.toMap(i -> i.key.item, Function.identity()));
        return Arrays.stream(PreparationItemType.values()).map(type -> {
            PreparationItem i = saved.get(type);
            return i == null ? new ItemView(type, PreparationStatus.OPEN, null, null)
                    : new ItemView(type, i.status, i.changedAt, i.changedBy);
        }).toList();
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
        return new ItemView(type, i.status, i.changedAt, i.changedBy);
    }

    private Student student(UUID id) {
        return students.requireInOrganisation(caller.organisationId(), id);
    }
}
