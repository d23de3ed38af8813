package nl.stagemakelaar.employer;

/** Small companies tend to be more selective (the report); size helps matching and outreach. */
public enum EmployerSize {
    SMALL,
    MEDIUM,
    LARGE
}
