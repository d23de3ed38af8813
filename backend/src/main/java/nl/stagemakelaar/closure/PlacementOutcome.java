package nl.stagemakelaar.closure;

/** How the case ended for the internship (the report's table 2.1 outcomes). */
public enum PlacementOutcome {
    PLACED_EXTERNALLY,
    PLACED_OWN_ORGANISATION,
    FOUND_THEMSELVES,
    NOT_PLACED
}
