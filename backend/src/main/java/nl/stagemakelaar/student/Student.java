package nl.stagemakelaar.student;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.ManyToOne;
import java.time.LocalDate;
import nl.stagemakelaar.common.AuditedEntity;
import nl.stagemakelaar.organisation.GuidanceIntensity;
import nl.stagemakelaar.school.Programme;
import nl.stagemakelaar.school.School;

/**
 * A student in a broker organisation's care. Only identifying and trajectory data lives here; sensitive
 * case data (needs, notes, home situation) gets its own tables so purpose-limited views stay easy.
 */
@Entity
public class Student extends AuditedEntity {

    public String firstName;

    public String lastName;

    public LocalDate dateOfBirth;

    public String email;
    public String phone;

    /** The student's number at their school (unique per school): what a school's re-import matches. */
    public String schoolNumber;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    public School school;

    @ManyToOne(fetch = FetchType.LAZY)
    public Programme programme;

    @Enumerated(EnumType.STRING)
    public Phase phase;

    @Enumerated(EnumType.STRING)
    public GuidanceIntensity guidanceIntensity;

    /** vmbo, havo, mbo 1–4 or hbo; follows the programme's level unless the broker chose otherwise. */
    @Enumerated(EnumType.STRING)
    public EducationLevel educationLevel;

    /** When the internship must start (from the referral or the intake). */
    public LocalDate internshipStartBy;

    /** Username of the broker who has the case; null while nobody has taken it. */
    public String assignedBroker;

    /** Since when the broker could not reach the student, after the organisation's number of attempts in a row. */
    public LocalDate outOfContactSince;

    /** Set when the student's personal data was erased (on request or after the retention period). */
    public java.time.OffsetDateTime erasedAt;

    // search_name and search_text are the database's own (a generated column, a trigger) and only the search queries
    // in SQL read them: not mapped, so a student loaded for a view does not carry its full-text vector.
}
