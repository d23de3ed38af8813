package nl.stagemakelaar.employer;

/** SBB recognition as a training company (erkend leerbedrijf). */
public enum SbbStatus {
    RECOGNISED,
    PENDING,
    NOT_RECOGNISED,
    UNKNOWN
}
