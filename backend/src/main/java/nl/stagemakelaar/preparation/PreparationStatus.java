package nl.stagemakelaar.preparation;

public enum PreparationStatus {
    OPEN,
    IN_PROGRESS,
    DONE
}
