package nl.stagemakelaar.imports;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The report of one import as it is made: per row what was done, or each field that kept it out. */
public final class ImportRun {

    private final boolean dryRun;
    private final List<ImportReport.RowError> errors = new ArrayList<>();
    private final Set<Integer> failed = new HashSet<>();
    private final Set<String> fieldsWithErrors = new HashSet<>();
    private final List<ImportReport.RowResult> results = new ArrayList<>();
    private int rows;

    public ImportRun(boolean dryRun) {
        this.dryRun = dryRun;
    }

    public boolean dryRun() {
        return dryRun;
    }

    /** The rows whose key comes first in the file; a later row with the same key is an error on {@code field}. */
    public <R> List<R> firstOfEach(List<R> rows, java.util.function.Function<R, String> key,
            java.util.function.ToIntFunction<R> number, String field, String what) {
        java.util.Map<String, Integer> first = new java.util.HashMap<>();
        List<R> unique = new ArrayList<>();
        for (R row : rows) {
            Integer earlier = first.putIfAbsent(key.apply(row), number.applyAsInt(row));
            if (earlier == null) {
                unique.add(row);
            } else {
                error(number.applyAsInt(row), field, "Duplicate", "the same " + what + " is in row " + earlier);
            }
        }
        return unique;
    }

    /** Each row of the file read by {@code read}, which reports what is wrong and answers null for a broken row. */
    public <R> List<R> read(List<ImportRow> file, java.util.function.Function<Cells, R> read) {
        rows = file.size();
        List<R> good = new ArrayList<>();
        for (ImportRow r : file) {
            R row = read.apply(new Cells(r, this));
            if (row != null) {
                good.add(row);
            }
        }
        return good;
    }

    public void error(int row, String field, String code, String message) {
        errors.add(new ImportReport.RowError(row, field, code, message));
        failed.add(row);
        fieldsWithErrors.add(row + "\u0000" + field);
    }

    public boolean hasError(int row, String field) {
        return fieldsWithErrors.contains(row + "\u0000" + field);
    }

    public boolean failed(int row) {
        return failed.contains(row);
    }

    public void done(ImportReport.RowResult result) {
        // A dry run's new records were rolled back: their ids never existed.
        results.add(dryRun && result.action() == ImportReport.Action.CREATED
                ? new ImportReport.RowResult(result.row(), null, result.action()) : result);
    }

    public ImportReport report() {
        errors.sort(java.util.Comparator.comparingInt(ImportReport.RowError::row));
        results.sort(java.util.Comparator.comparingInt(ImportReport.RowResult::row));
        return new ImportReport(dryRun, rows, count(ImportReport.Action.CREATED), count(ImportReport.Action.UPDATED),
                count(ImportReport.Action.UNCHANGED), failed.size(), List.copyOf(errors), List.copyOf(results));
    }

    private int count(ImportReport.Action action) {
        return (int) results.stream().filter(r -> r.action() == action).count();
    }
}
