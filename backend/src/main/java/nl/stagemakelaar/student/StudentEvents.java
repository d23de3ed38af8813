package nl.stagemakelaar.student;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What happens to a case that other features act on, fired synchronously in the same transaction: an
 * observer that refuses (throws) rolls the whole change back. Keeps the student feature free of theirs.
 */
public final class StudentEvents {

    private StudentEvents() {
    }

    /** The case was closed with this reason. */
    public record CaseClosed(UUID organisationId, UUID studentId, String reason) {
    }

    /** The student withdrew consent to share a profile with employers. */
    public record SharingConsentWithdrawn(UUID organisationId, UUID studentId, LocalDate withdrawnOn) {
    }
}
