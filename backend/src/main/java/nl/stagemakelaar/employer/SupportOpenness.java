package nl.stagemakelaar.employer;

/** Whether the employer takes students who need extra support ("a big heart"). */
public enum SupportOpenness {
    YES,
    NO,
    UNKNOWN
}
