package nl.stagemakelaar.survey;

/** When a student rates themselves: at the start ("vooraf") and after the internship ("achteraf"). */
public enum SurveyMoment {
    BEFORE,
    AFTER
}
