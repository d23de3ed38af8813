package nl.stagemakelaar.student;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.stagemakelaar.common.ApiException;
import nl.stagemakelaar.consent.ConsentInput;
import nl.stagemakelaar.consent.Consents;
import nl.stagemakelaar.imports.Cells;
import nl.stagemakelaar.imports.ImportReport;
import nl.stagemakelaar.imports.ImportRow;
import nl.stagemakelaar.imports.ImportRun;
import nl.stagemakelaar.imports.Imports;
import nl.stagemakelaar.organisation.Organisation;
import nl.stagemakelaar.security.Caller;
import nl.stagemakelaar.timeline.Timeline;
import nl.stagemakelaar.timeline.TimelineKind;

/**
 * Students from a school's list. A row is matched on the school and the student's number there: found, the student's
 * details are updated (or left alone when nothing changed); not found, the student is registered in intake, waiting
 * for a lead to assign the case, with the consent date the row gives. Phases, intensity and the case file are never
 * touched by an import.
 */
@ApplicationScoped
public class StudentImport {

    public static final List<String> COLUMNS = Cells.columnsOf(StudentImportRow.class);
    public static final List<String> REQUIRED = List.of("schoolId", "schoolNumber", "firstName", "lastName", "dateOfBirth");

    private static final Map<String, String> COLUMN_OF = Map.of("consent.date", "consentDate", "consent.guardian",
            "guardianConsent", "consent.student", "consentDate");

    @Inject Imports imports;
    @Inject StudentService service;
    @Inject StudentRepository students;
    @Inject Consents consents;
    @Inject Timeline timeline;
    @Inject Validator validator;
    @Inject Caller caller;

    /** {@code absent}: the optional columns the row does not have, which an update leaves as they are. */
    record Row(int number, StudentInput input, Set<String> absent) {
        String key() {
            return input.schoolId() + "\u0000" + input.schoolNumber();
        }
    }

    record Lookup(Set<UUID> schools, Set<UUID> programmes, Map<String, UUID> students) {
    }

    public ImportReport run(List<ImportRow> file, ImportRun run) {
        UUID org = caller.organisationId();
        List<Row> rows = run.firstOfEach(run.read(file, this::read), Row::key, Row::number, "schoolNumber",
                "student (school and number)");
        Lookup lookup = imports.read(() -> lookup(org, rows));
        List<Row> valid = new ArrayList<>();
        for (Row row : rows) {
            StudentInput in = row.input();
            boolean known = lookup.students().containsKey(row.key());
            if (!lookup.schools().contains(in.schoolId())) {
                run.error(row.number(), "schoolId", "Scope", "not a school your organisation serves");
            } else if (in.programmeId() != null && !lookup.programmes().contains(in.programmeId())) {
                run.error(row.number(), "programmeId", "Exists", "not a known programme");
            } else if (!known && in.consent() == null) {
                run.error(row.number(), "consentDate", "ConsentDate", "required for a student not yet registered: the date the student agreed to be taken on");
            } else if (!known && !guardianOk(in)) {
                run.error(row.number(), "guardianConsent", "GuardianConsent", "the student was under 16 on the consent date: a parent or guardian must agree too (ja)");
            } else {
                valid.add(row);
            }
        }
        imports.inBatches(valid, run, Row::number, (batch, results) -> {
            Organisation organisation = students.getEntityManager().find(Organisation.class, org);
            Map<UUID, Student> existing = existing(batch, lookup);
            for (Row row : batch) {
                StudentInput in = row.input();
                Student s = existing.get(lookup.students().get(row.key()));
                if (s == null) {
                    s = service.newStudent(organisation);
                    service.apply(s, in, students.getEntityManager().getReference(nl.stagemakelaar.school.School.class, in.schoolId()));
                    students.persist(s);
                    consents.recordCase(org, s.id, null, Boolean.TRUE.equals(in.consent().guardian()), in.consent().date());
                    results.put(row.number(), new ImportReport.RowResult(row.number(), s.id, ImportReport.Action.CREATED));
                    continue;
                }
                in = keepAbsent(in, row.absent(), s);
                List<String> changed = StudentService.changedFields(s, in);
                if (!changed.isEmpty()) {
                    service.apply(s, in, students.getEntityManager().getReference(nl.stagemakelaar.school.School.class, in.schoolId()));
                    // Field names only, as for an edit by hand: the values are personal data.
                    timeline.record(org, s.id, TimelineKind.STUDENT_UPDATED, OffsetDateTime.now(), String.join(", ", changed),
                            "Import", null);
                }
                results.put(row.number(), new ImportReport.RowResult(row.number(), s.id,
                        changed.isEmpty() ? ImportReport.Action.UNCHANGED : ImportReport.Action.UPDATED));
            }
            students.flush();
            return () -> { };
        });
        return run.report();
    }

    private Row read(Cells c) {
        var consentDate = c.date("consentDate", false);
        Boolean guardian = c.bool("guardianConsent");
        var in = new StudentInput(c.text("firstName", 100, true), c.text("lastName", 100, true),
                c.date("dateOfBirth", true), c.text("email", 254, false), c.text("phone", 30, false),
                c.uuid("schoolId", true), c.text("schoolNumber", 50, true), c.uuid("programmeId", false),
                c.enumValue("educationLevel", EducationLevel.class), null,
                consentDate == null ? null : new ConsentInput(true, guardian, consentDate));
        c.violations(validator.validate(in), COLUMN_OF);
        Set<String> absent = new HashSet<>();
        for (String column : List.of("email", "phone", "programmeId", "educationLevel")) {
            if (!c.has(column)) {
                absent.add(column);
            }
        }
        return c.ok() ? new Row(c.number(), in, absent) : null;
    }

    private static StudentInput keepAbsent(StudentInput in, Set<String> absent, Student s) {
        return new StudentInput(in.firstName(), in.lastName(), in.dateOfBirth(),
                absent.contains("email") ? s.email : in.email(), absent.contains("phone") ? s.phone : in.phone(),
                in.schoolId(), in.schoolNumber(),
                absent.contains("programmeId") ? (s.programme == null ? null : s.programme.id) : in.programmeId(),
                absent.contains("educationLevel") ? s.educationLevel : in.educationLevel(), null, null);
    }

    private static boolean guardianOk(StudentInput in) {
        try {
            Consents.requireGuardianIfMinor(in.dateOfBirth(), in.consent().date(), in.consent().guardian(), "guardianConsent");
            return true;
        } catch (ApiException e) {
            return false;
        }
    }

    private Lookup lookup(UUID org, List<Row> rows) {
        var em = students.getEntityManager();
        Set<UUID> schools = new HashSet<>(em.createQuery("select s.id from Organisation o join o.schools s where o.id = :org",
                UUID.class).setParameter("org", org).getResultList());
        Set<UUID> programmeIds = new HashSet<>();
        Set<String> numbers = new HashSet<>();
        rows.forEach(r -> {
            numbers.add(r.input().schoolNumber());
            if (r.input().programmeId() != null) {
                programmeIds.add(r.input().programmeId());
            }
        });
        Set<UUID> programmes = new HashSet<>(programmeIds.isEmpty() ? List.of() : em.createQuery(
                "select p.id from Programme p where p.id in :ids", UUID.class).setParameter("ids", programmeIds).getResultList());
        Map<String, UUID> known = new HashMap<>();
        if (!numbers.isEmpty()) {
            em.createQuery("select s.school.id, s.schoolNumber, s.id from Student s where s.organisationId = :org"
                            + " and s.schoolNumber in :numbers", Object[].class)
                    .setParameter("org", org).setParameter("numbers", numbers).getResultList()
                    .forEach(t -> known.put(t[0] + "\u0000" + t[1], (UUID) t[2]));
        }
        return new Lookup(schools, programmes, known);
    }

    private Map<UUID, Student> existing(List<Row> batch, Lookup lookup) {
        Set<UUID> ids = new HashSet<>();
        batch.forEach(r -> {
            UUID id = lookup.students().get(r.key());
            if (id != null) {
                ids.add(id);
            }
        });
        Map<UUID, Student> found = new HashMap<>();
        if (!ids.isEmpty()) {
            students.getEntityManager().createQuery("select s from Student s join fetch s.school left join fetch s.programme"
                    + " where s.id in :ids", Student.class).setParameter("ids", ids).getResultList()
                    .forEach(s -> found.put(s.id, s));
        }
        return found;
    }
}
