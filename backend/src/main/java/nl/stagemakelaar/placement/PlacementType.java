package nl.stagemakelaar.placement;

/** The three outcomes of the report's Tabel 2.1. */
public enum PlacementType {
    EXTERNAL,
    OWN_ORGANISATION,
    FOUND_BY_STUDENT
}
