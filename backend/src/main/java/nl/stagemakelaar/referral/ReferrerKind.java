package nl.stagemakelaar.referral;

/** Who referred the student (domain.md, "Referral / registration"). */
public enum ReferrerKind {
    MENTOR,
    TEACHER,
    PLACEMENT_COORDINATOR,
    MUNICIPALITY,
    YOUTH_WORKER,
    STUDENT,
    OTHER
}
