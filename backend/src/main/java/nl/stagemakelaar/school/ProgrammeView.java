package nl.stagemakelaar.school;

import java.util.UUID;

public record ProgrammeView(UUID id, String name, String creboCode, int level, Pathway pathway) {

    public static ProgrammeView of(Programme p) {
        return p == null ? null : new ProgrammeView(p.id, p.name, p.creboCode, p.level, p.pathway);
    }
}
