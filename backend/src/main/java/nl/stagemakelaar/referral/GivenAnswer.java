package nl.stagemakelaar.referral;

import jakarta.persistence.Embeddable;

/** One checklist answer of a referral, with the question's wording and qualifying answer at the time. */
@Embeddable
public class GivenAnswer {

    public boolean answer;

    /** Null only for answers given before wording was kept (read from the question then). */
    public String questionText;

    public Boolean qualifyingAnswer;

    public GivenAnswer() {
    }

    GivenAnswer(boolean answer, EligibilityQuestion q) {
        this.answer = answer;
        this.questionText = q.text;
        this.qualifyingAnswer = q.qualifyingAnswer;
    }
}
