package nl.stagemakelaar.student;

import java.util.UUID;

/** The list's filters; {@code q} is already folded (lower case, no accents). */
public record StudentFilter(String q, UUID schoolId, UUID programmeId, Integer level, Phase phase, String assignedBroker) {
}
