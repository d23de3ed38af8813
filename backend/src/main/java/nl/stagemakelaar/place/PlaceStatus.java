package nl.stagemakelaar.place;

/** OPEN and CLOSED are set by people; whether an open place is still available follows from placements. */
public enum PlaceStatus {
    OPEN,
    FILLED,
    CLOSED
}
