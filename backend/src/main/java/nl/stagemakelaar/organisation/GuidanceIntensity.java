package nl.stagemakelaar.organisation;

/** Placement only (bemiddeling) or placement plus intensive guidance during the internship. */
public enum GuidanceIntensity {
    PLACEMENT_ONLY,
    INTENSIVE
}
