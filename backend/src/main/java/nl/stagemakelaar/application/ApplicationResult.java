package nl.stagemakelaar.application;

import java.util.EnumSet;
import java.util.Set;

/** Where an application stands. SENT only for a vacancy not yet applied to; HIRED only with the internship it led to. */
public enum ApplicationResult {
    SENT,
    APPLIED,
    INTERVIEW,
    REJECTED,
    NO_RESPONSE,
    NOT_APPLIED,
    HIRED;

    /** What a broker may set by hand; HIRED follows from recording the internship. */
    public static final Set<ApplicationResult> SETTABLE = EnumSet.of(SENT, APPLIED, INTERVIEW, REJECTED, NO_RESPONSE, NOT_APPLIED);
}
