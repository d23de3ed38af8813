package nl.stagemakelaar.school;

/** BOL: school-based with internships; BBL: work-based (the student works at the training company). */
public enum Pathway {
    BOL,
    BBL
}
