package nl.stagemakelaar.student;

/** The student's level, as the report counts participants (Tabel 2.1); an mbo programme implies its level. */
public enum EducationLevel {
    VMBO,
    HAVO,
    MBO_1,
    MBO_2,
    MBO_3,
    MBO_4,
    HBO;

    public static EducationLevel mbo(int level) {
        return valueOf("MBO_" + level);
    }
}
