package nl.stagemakelaar.survey;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What brokers, students and the report read and send about self-assessments. */
public final class SurveyViews {

    private SurveyViews() {
    }

    public enum Status {
        NOT_SENT,
        SENT,
        EXPIRED,
        ANSWERED
    }

    /** Per moment: whether the link went out, until when it works, and whether the student answered. */
    @Schema(name = "SurveyStatus")
    public record StatusView(SurveyMoment moment, Status status, @Schema(nullable = true) OffsetDateTime sentAt,
            @Schema(nullable = true) String sentBy, @Schema(nullable = true) OffsetDateTime expiresAt,
            @Schema(nullable = true) OffsetDateTime answeredAt) {
    }

    /** The personal link, shown once to the broker who made it; the database keeps only its hash. */
    @Schema(name = "SurveyLink")
    public record Link(SurveyMoment moment, String link, OffsetDateTime expiresAt,
            @Schema(nullable = true, description = "The student's e-mail address") String email,
            @Schema(nullable = true, description = "Where the system e-mailed the link, when asked to") String emailedTo) {
    }

    @Schema(name = "SurveySendInput")
    public record Send(@NotNull SurveyMoment moment,
            @Schema(description = "Also e-mail the link to the student's address (default: no, the broker sends it by WhatsApp or text)")
            Boolean sendEmail) {
    }

    public record Option(String code, String label) {
    }

    public record Item(UUID id, String code, SurveyItemKind kind, String text, @Schema(nullable = true) List<Option> options) {
    }

    public record Section(String theme, String title, List<Item> items) {
    }

    /** The page the student sees: the first name, who asks, and one section per theme. Nothing else of the file. */
    @Schema(name = "SurveyForm")
    public record Form(String firstName, String organisationName, SurveyMoment moment, String title, List<Section> sections) {
    }

    /** One answer: a rating 1–5 for a statement, or the code of an option for a question. */
    @Schema(name = "SurveyAnswer")
    public record Answer(@NotNull UUID itemId, @Min(1) @Max(5) Integer value, @Size(max = 40) String choice) {
    }

    @Schema(name = "SurveyAnswersInput")
    public record Answers(@jakarta.validation.constraints.NotBlank @Size(max = 100) String token,
            @NotNull @Size(min = 1, max = 200) List<@NotNull @Valid Answer> answers) {
    }
}
