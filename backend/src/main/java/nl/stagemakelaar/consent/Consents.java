package nl.stagemakelaar.consent;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.List;
import java.util.UUID;
import nl.stagemakelaar.common.ApiException;
import nl.stagemakelaar.security.Caller;
import nl.stagemakelaar.timeline.Timeline;
import nl.stagemakelaar.timeline.TimelineKind;

/**
 * Records consents and their withdrawal; the features that act on consent (referrals, registration,
 * proposals) call it in their own transaction. The age rule for a guardian's consent lives here only.
 */
@ApplicationScoped
public class Consents {

    /** Below this age a parent or guardian consents as well. */
    public static final int GUARDIAN_CONSENT_BELOW_AGE = 16;

    @Inject Caller caller;
    @Inject Timeline timeline;

    /** 400 on {@code field} when the student was under 16 on the consent date and no guardian consented. */
    public static void requireGuardianIfMinor(LocalDate dateOfBirth, LocalDate consentDate, Boolean guardian, String field) {
        if (dateOfBirth != null && consentDate != null
                && Period.between(dateOfBirth, consentDate).getYears() < GUARDIAN_CONSENT_BELOW_AGE
                && !Boolean.TRUE.equals(guardian)) {
            throw ApiException.invalidField(field, "GuardianConsent",
                    "a parent or guardian must consent for a student under " + GUARDIAN_CONSENT_BELOW_AGE);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Consent recordCase(UUID organisationId, UUID studentId, UUID referralId, boolean guardian, LocalDate givenOn) {
        Consent c = newConsent(organisationId, studentId, ConsentPurpose.CASE, guardian, givenOn);
        c.referralId = referralId;
        return recorded(c);
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public Consent recordSharing(UUID organisationId, UUID studentId, UUID placementId, boolean guardian, LocalDate givenOn) {
        Consent c = newConsent(organisationId, studentId, ConsentPurpose.EMPLOYER_SHARING, guardian, givenOn);
        c.placementId = placementId;
        return recorded(c);
    }

    /** The student agreed that the school's coordinators are kept informed; one in force at a time. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Consent recordSchoolUpdates(UUID organisationId, UUID studentId, boolean guardian, LocalDate givenOn) {
        if (schoolUpdatesAllowed(studentId)) {
            throw ApiException.conflict("student", "Exists", "this consent is already in force");
        }
        Consent c = recorded(newConsent(organisationId, studentId, ConsentPurpose.SCHOOL_UPDATES, guardian, givenOn));
        timeline.record(organisationId, studentId, TimelineKind.CONSENT_RECORDED, c.recordedAt,
                "SCHOOL_UPDATES · " + givenOn, null, c.id);
        return c;
    }

    public boolean schoolUpdatesAllowed(UUID studentId) {
        return Consent.count("studentId = ?1 and purpose = ?2 and withdrawnOn is null", studentId, ConsentPurpose.SCHOOL_UPDATES) > 0;
    }

    /** The school hears nothing more from us about the student. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void withdrawSchoolUpdates(UUID organisationId, UUID studentId, LocalDate withdrawnOn) {
        List<Consent> live = Consent.list("studentId = ?1 and purpose = ?2 and withdrawnOn is null", studentId,
                ConsentPurpose.SCHOOL_UPDATES);
        if (live.isEmpty()) {
            throw ApiException.conflict("student", "NoConsent", "no consent to keep the school informed is in force");
        }
        OffsetDateTime now = OffsetDateTime.now();
        for (Consent c : live) {
            c.withdrawnOn = withdrawnOn;
            c.withdrawnAt = now;
            c.withdrawnBy = caller.username();
        }
        timeline.record(organisationId, studentId, TimelineKind.CONSENT_WITHDRAWN, now, "SCHOOL_UPDATES · " + withdrawnOn, null, null);
    }

    private Consent recorded(Consent c) {
        c.persist();
        return c;
    }

    /** Ends every sharing consent of the student still in force; returns the proposals they covered. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<UUID> withdrawSharing(UUID organisationId, UUID studentId, LocalDate withdrawnOn, String note) {
        List<Consent> live = Consent.list("studentId = ?1 and purpose = ?2 and withdrawnOn is null", studentId,
                ConsentPurpose.EMPLOYER_SHARING);
        OffsetDateTime now = OffsetDateTime.now();
        for (Consent c : live) {
            c.withdrawnOn = withdrawnOn;
            c.withdrawnAt = now;
            c.withdrawnBy = caller.username();
            c.withdrawalNote = note;
        }
        timeline.record(organisationId, studentId, TimelineKind.CONSENT_WITHDRAWN, now,
                "EMPLOYER_SHARING · " + withdrawnOn + " · " + live.size(), note, null);
        return live.stream().map(c -> c.placementId).toList();
    }

    public List<ConsentView> of(UUID studentId) {
        return Consent.<Consent>list("studentId = ?1 order by recordedAt desc, id", studentId).stream()
                .map(ConsentView::of).toList();
    }

    private Consent newConsent(UUID organisationId, UUID studentId, ConsentPurpose purpose, boolean guardian,
            LocalDate givenOn) {
        Consent c = new Consent();
        c.id = UUID.randomUUID();
        c.organisationId = organisationId;
        c.studentId = studentId;
        c.purpose = purpose;
        c.studentConsent = true;
        c.guardianConsent = guardian;
        c.givenOn = givenOn;
        c.recordedAt = OffsetDateTime.now();
        c.recordedBy = caller.username();
        return c;
    }
}
