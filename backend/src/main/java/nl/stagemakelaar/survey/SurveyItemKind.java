package nl.stagemakelaar.survey;

/** A statement rated 1–5, or a question with one answer from a list. */
public enum SurveyItemKind {
    SCALE,
    CHOICE
}
