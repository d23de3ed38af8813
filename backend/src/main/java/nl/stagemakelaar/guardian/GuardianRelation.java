package nl.stagemakelaar.guardian;

public enum GuardianRelation {
    PARENT,
    GUARDIAN,
    CARER,
    OTHER
}
