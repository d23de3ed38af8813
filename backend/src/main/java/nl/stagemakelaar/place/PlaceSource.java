package nl.stagemakelaar.place;

public enum PlaceSource {
    OWN_NETWORK,
    EMPLOYER_PORTAL,
    FEED
}
