package nl.stagemakelaar.place;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import nl.stagemakelaar.employer.Employer;
import nl.stagemakelaar.employer.EmployerService;
import nl.stagemakelaar.imports.Cells;
import nl.stagemakelaar.imports.ImportReport;
import nl.stagemakelaar.imports.ImportRow;
import nl.stagemakelaar.imports.ImportRun;
import nl.stagemakelaar.imports.Imports;
import nl.stagemakelaar.school.Programme;
import nl.stagemakelaar.security.Caller;

/**
 * Internship places from a vacancy feed or a spreadsheet. A row is matched on the employer's KvK number and the place's
 * own reference: found, it is updated (or left alone when nothing changed); not found, it is created, and an employer
 * not yet in the network is added with the name and town the row gives.
 */
@ApplicationScoped
public class PlaceImport {

    public static final List<String> COLUMNS = nl.stagemakelaar.imports.Cells.columnsOf(PlaceImportRow.class);
    public static final List<String> REQUIRED = List.of("employerKvk", "reference", "title");

    /** The property paths of {@link PlaceInput} that are not spelled as their column. */
    private static final Map<String, String> COLUMN_OF = Map.of();

    @Inject Imports imports;
    @Inject PlaceService service;
    @Inject PlaceRepository places;
    @Inject EmployerService employers;
    @Inject Validator validator;
    @Inject Caller caller;

    /** {@code absent}: the optional columns the row does not have, which an update leaves as they are. */
    record Row(int number, String kvk, String employerName, String employerCity, PlaceInput input, Set<String> absent) {
        String key() {
            return kvk + "\u0000" + input.reference();
        }
    }

    public ImportReport run(List<ImportRow> file, ImportRun run) {
        UUID org = caller.organisationId();
        List<Row> rows = run.firstOfEach(run.read(file, this::read), Row::key, Row::number, "reference",
                "place (KvK number and reference)");
        // What the rows refer to, looked up once for the whole file.
        Lookup lookup = imports.read(() -> lookup(org, rows));
        List<Row> valid = new ArrayList<>();
        for (Row row : rows) {
            if (row.input().programmeId() != null && !lookup.programmes().contains(row.input().programmeId())) {
                run.error(row.number(), "programmeId", "Exists", "not a known programme");
            } else if (!lookup.employers().containsKey(row.kvk()) && row.employerName() == null) {
                run.error(row.number(), "employerName", "NewEmployer", "required for an employer not yet in your network (KvK " + row.kvk() + ")");
            } else {
                valid.add(row);
            }
        }
        Map<String, UUID> employerIds = new HashMap<>(lookup.employers());
        imports.inBatches(valid, run, Row::number, (batch, results) -> {
            Map<String, Employer> added = new HashMap<>();
            List<Row> toLoad = batch.stream().filter(r -> employerIds.containsKey(r.kvk())).toList();
            Map<String, InternshipPlace> existing = existing(toLoad, employerIds);
            for (Row row : batch) {
                Employer employer = added.get(row.kvk());
                if (employer == null && employerIds.containsKey(row.kvk())) {
                    employer = places.getEntityManager().getReference(Employer.class, employerIds.get(row.kvk()));
                }
                if (employer == null) {
                    employer = employers.addFromImport(row.employerName(), row.kvk(), row.employerCity());
                    added.put(row.kvk(), employer);
                }
                InternshipPlace p = existing.get(employer.id + "\u0000" + row.input().reference());
                PlaceInput in = withEmployer(row.input(), employer.id);
                if (p == null) {
                    p = new InternshipPlace();
                    p.id = UUID.randomUUID();
                    p.organisationId = org;
                    p.employer = employer;
                    p.source = PlaceSource.FEED;
                    p.created(caller.username());
                    service.applyFields(p, in);
                    places.persist(p);
                    results.put(row.number(), new ImportReport.RowResult(row.number(), p.id, ImportReport.Action.CREATED));
                } else {
                    String before = signature(p);
                    service.applyFields(p, keepAbsent(in, row.absent(), p));
                    boolean changed = !before.equals(signature(p));
                    if (changed) {
                        p.touch(caller.username());
                    }
                    results.put(row.number(), new ImportReport.RowResult(row.number(), p.id,
                            changed ? ImportReport.Action.UPDATED : ImportReport.Action.UNCHANGED));
                }
            }
            places.flush();
            // Only after the batch committed may later batches use the employers it added.
            return () -> added.forEach((kvk, e) -> employerIds.put(kvk, e.id));
        });
        return run.report();
    }

    private Row read(Cells c) {
        String kvk = c.text("employerKvk", 8, true);
        if (kvk != null && !kvk.matches("[0-9]{8}")) {
            c.error("employerKvk", "Kvk", "the KvK number has 8 digits");
        }
        String employerName = c.text("employerName", 200, false);
        String employerCity = c.text("employerCity", 100, false);
        var in = new PlaceInput(UUID.randomUUID(), c.text("title", 200, true), c.text("reference", 100, true),
                c.uuid("programmeId", false), c.text("sector", 100, false), c.integer("levelMin", 1, 4),
                c.integer("levelMax", 1, 4), c.integer("places", 1, 100), c.date("startDate", false),
                c.integer("hoursPerWeek", 1, 60), c.text("city", 100, false), PlaceSource.FEED,
                c.enumValue("status", PlaceStatus.class), c.bool("certificateOfConductRequired"));
        if (in.status() == PlaceStatus.FILLED) {
            c.error("status", "Enum", "FILLED follows from placements; use OPEN or CLOSED");
        }
        if (in.levelMin() != null && in.levelMax() != null && in.levelMin() > in.levelMax()) {
            c.error("levelMax", "Range", "must not be below levelMin");
        }
        c.violations(validator.validate(in), COLUMN_OF);
        Set<String> absent = new HashSet<>();
        for (String column : List.of("programmeId", "sector", "levelMin", "levelMax", "places", "startDate", "hoursPerWeek",
                "city", "status", "certificateOfConductRequired")) {
            if (!c.has(column)) {
                absent.add(column);
            }
        }
        return c.ok() ? new Row(c.number(), kvk, employerName, employerCity, in, absent) : null;
    }

    private static PlaceInput keepAbsent(PlaceInput in, Set<String> a, InternshipPlace p) {
        return new PlaceInput(in.employerId(), in.title(), in.reference(),
                a.contains("programmeId") ? (p.programme == null ? null : p.programme.id) : in.programmeId(),
                a.contains("sector") ? p.sector : in.sector(), a.contains("levelMin") ? Integer.valueOf(p.levelMin) : in.levelMin(),
                a.contains("levelMax") ? Integer.valueOf(p.levelMax) : in.levelMax(), a.contains("places") ? Integer.valueOf(p.places) : in.places(),
                a.contains("startDate") ? p.startDate : in.startDate(),
                a.contains("hoursPerWeek") ? p.hoursPerWeek : in.hoursPerWeek(), a.contains("city") ? p.city : in.city(),
                null, a.contains("status") ? p.status : in.status(),
                a.contains("certificateOfConductRequired") ? null : in.certificateOfConductRequired());
    }

    private static PlaceInput withEmployer(PlaceInput in, UUID employerId) {
        return new PlaceInput(employerId, in.title(), in.reference(), in.programmeId(), in.sector(), in.levelMin(),
                in.levelMax(), in.places(), in.startDate(), in.hoursPerWeek(), in.city(), null, in.status(),
                in.certificateOfConductRequired());
    }

    /** What an import can change of a place, to tell an update from a row that says what is already there. */
    private static String signature(InternshipPlace p) {
        return String.join("\u0000", p.title, String.valueOf(p.reference),
                p.programme == null ? "" : p.programme.id.toString(), String.valueOf(p.sector), String.valueOf(p.levelMin),
                String.valueOf(p.levelMax), String.valueOf(p.places), String.valueOf(p.startDate),
                String.valueOf(p.hoursPerWeek), String.valueOf(p.city), String.valueOf(p.status),
                String.valueOf(p.certificateOfConductRequired));
    }

    record Lookup(Map<String, UUID> employers, Set<UUID> programmes) {
    }

    private Lookup lookup(UUID org, List<Row> rows) {
        var em = places.getEntityManager();
        Set<String> kvks = new HashSet<>();
        Set<UUID> programmeIds = new HashSet<>();
        rows.forEach(r -> {
            kvks.add(r.kvk());
            if (r.input().programmeId() != null) {
                programmeIds.add(r.input().programmeId());
            }
        });
        Map<String, UUID> employerIds = new HashMap<>();
        em.createQuery("select e.kvkNumber, e.id from Employer e where e.organisationId = :org and e.kvkNumber in :kvks",
                        Object[].class).setParameter("org", org).setParameter("kvks", kvks.isEmpty() ? Set.of("") : kvks)
                .getResultList().forEach(t -> employerIds.put((String) t[0], (UUID) t[1]));
        Set<UUID> programmes = new HashSet<>(programmeIds.isEmpty() ? List.of() : em.createQuery(
                "select p.id from Programme p where p.id in :ids", UUID.class).setParameter("ids", programmeIds).getResultList());
        return new Lookup(employerIds, programmes);
    }

    private Map<String, InternshipPlace> existing(List<Row> rows, Map<String, UUID> employerIds) {
        if (rows.isEmpty()) {
            return Map.of();
        }
        Set<UUID> employerSet = new HashSet<>();
        Set<String> refs = new HashSet<>();
        rows.forEach(r -> {
            employerSet.add(employerIds.get(r.kvk()));
            refs.add(r.input().reference());
        });
        Map<String, InternshipPlace> found = new HashMap<>();
        places.getEntityManager().createQuery("select p from InternshipPlace p left join fetch p.programme"
                        + " where p.employer.id in :employers and p.reference in :refs", InternshipPlace.class)
                .setParameter("employers", employerSet).setParameter("refs", refs).getResultList()
                .forEach(p -> found.put(p.employer.id + "\u0000" + p.reference, p));
        return found;
    }
}
