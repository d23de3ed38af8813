package nl.stagemakelaar.student;

import java.util.UUID;

/** The list's filters; {@code q} is already folded (lower case, no accents). */
public record StudentFilter(String q, UUID schoolId, UUID programmeId, Integer level, Phase phase, String assignedBroker) {

    /** Nothing but the search text narrows the list. */
    public boolean onlySearch() {
        return schoolId == null && programmeId == null && level == null && phase == null && assignedBroker == null;
    }
}
