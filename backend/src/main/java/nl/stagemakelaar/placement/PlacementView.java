package nl.stagemakelaar.placement;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import nl.stagemakelaar.common.Versioned;
import nl.stagemakelaar.student.Phase;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The broker's view of a placement; integrations get it without the free text (see {@link #withoutCaseText()}). */
@Schema(description = "A placement. For an integration client the free-text fields written about the student (profile, "
        + "strengths, supportToMention, declineReason, endNote, withdrawReason, evaluation) are always null.")
public record PlacementView(UUID id, UUID studentId, String studentName, Phase studentPhase, UUID employerId,
        String employerName, @Schema(nullable = true) UUID placeId, @Schema(nullable = true) String placeTitle,
        PlacementType type, PlacementStatus status, @Schema(nullable = true) String profile, @Schema(nullable = true) String strengths,
        @Schema(nullable = true) String supportToMention, @Schema(nullable = true) UUID cvAttachmentId,
        boolean consentToShare, @Schema(nullable = true) LocalDate consentDate,
        @Schema(nullable = true) OffsetDateTime interviewAt, @Schema(nullable = true) LocalDate startDate,
        @Schema(nullable = true) LocalDate endDate, @Schema(nullable = true) String declineReason,
        @Schema(nullable = true) EndReason endReason, @Schema(nullable = true) EndedBy endedBy, @Schema(nullable = true) String endNote,
        @Schema(nullable = true) String withdrawReason, @Schema(nullable = true) LocalDate consentWithdrawnOn,
        @Schema(nullable = true) Integer requiredHours, int hoursDone,
        @Schema(nullable = true) OffsetDateTime hoursConfirmedAt, @Schema(nullable = true) Integer evaluationRating,
        @Schema(nullable = true) String evaluation, int version, OffsetDateTime updatedAt,
        String updatedBy) implements Versioned.Addressable {

    public static PlacementView of(Placement p) {
        return new PlacementView(p.id, p.student.id, p.student.firstName + " " + p.student.lastName, p.student.phase,
                p.employer.id, p.employer.name, p.place == null ? null : p.place.id,
                p.place == null ? null : p.place.title, p.type, p.status, p.profile, p.strengths, p.supportToMention, p.cvAttachmentId, p.consentToShare, p.consentDate,
                p.interviewAt, p.startDate, p.endDate, p.declineReason, p.endReason, p.endedBy, p.endNote, p.withdrawReason,
                p.consentWithdrawnOn, p.requiredHours,
                p.hoursDone, p.hoursConfirmedAt, p.evaluationRating, p.evaluation, p.version, p.updatedAt, p.updatedBy);
    }

    /** The same placement without any free text written about the student (profile, support, reasons, evaluation). */
    public PlacementView withoutCaseText() {
        return new PlacementView(id, studentId, studentName, studentPhase, employerId, employerName, placeId, placeTitle, type,
                status, null, null, null, cvAttachmentId, consentToShare, consentDate, interviewAt, startDate, endDate, null,
                endReason, endedBy, null, null, consentWithdrawnOn, requiredHours, hoursDone, hoursConfirmedAt,
                evaluationRating, null, version, updatedAt, updatedBy);
    }
}
