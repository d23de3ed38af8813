package nl.stagemakelaar.student;

import java.time.LocalDate;
import java.util.UUID;
import nl.stagemakelaar.organisation.GuidanceIntensity;
import nl.stagemakelaar.organisation.Organisation;
import nl.stagemakelaar.school.Programme;
import nl.stagemakelaar.school.School;

/**
 * An accepted referral as the student feature needs it: who the student is, and the triage decision
 * (the broker who takes the case, an intensity other than the organisation's default, the start date).
 */
public record Admission(Organisation organisation, UUID referralId, String firstName, String lastName,
        LocalDate dateOfBirth, String email, String phone, School school, Programme programme, String broker,
        GuidanceIntensity guidanceIntensity, LocalDate internshipStartBy) {
}
