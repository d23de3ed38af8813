package nl.stagemakelaar.imports;

import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.ToIntFunction;
import nl.stagemakelaar.common.DatabaseProblems;
import nl.stagemakelaar.common.Problem;

/** The transactions of an import: one read for the look-ups, then one transaction per batch of valid rows. */
@ApplicationScoped
public class Imports {

    /** Rows per transaction: large enough to be quick, small enough that a retry row by row stays short. */
    public static final int BATCH = 500;

    /** The work of one batch: writes its rows, puts each row's result, and says what to remember once it committed. */
    public interface Batch<R> {
        Runnable write(List<R> rows, Map<Integer, ImportReport.RowResult> results);
    }

    public <T> T read(Supplier<T> work) {
        return QuarkusTransaction.requiringNew().call(work::get);
    }

    /**
     * Writes the rows in batches (on a dry run, each rolled back). A batch the database refuses (a row another request just took, a value a check
     * refuses) is rolled back and written again row by row, so the other rows still land and the culprit is named.
     * A failure that is no row's fault (the database gone, a bug) ends the import with what committed so far.
     */
    public <R> void inBatches(List<R> rows, ImportRun run, ToIntFunction<R> number, Batch<R> work) {
        for (int from = 0; from < rows.size(); from += BATCH) {
            List<R> batch = rows.subList(from, Math.min(from + BATCH, rows.size()));
            try {
                write(batch, run, work);
            } catch (RuntimeException batchFailure) {
                if (DatabaseProblems.fieldErrors(batchFailure).isEmpty()) {
                    throw batchFailure;
                }
                for (R row : batch) {
                    try {
                        write(List.of(row), run, work);
                    } catch (RuntimeException rowFailure) {
                        List<Problem.FieldError> errors = DatabaseProblems.fieldErrors(rowFailure);
                        if (errors.isEmpty()) {
                            throw rowFailure;
                        }
                        errors.forEach(e -> run.error(number.applyAsInt(row), e.field(), e.code(), e.message()));
                    }
                }
            }
        }
    }

    /**
     * A dry run writes exactly as a real one and rolls back, so its report is the real one: created, updated or
     * unchanged per row, and what the database itself would refuse.
     */
    private static <R> void write(List<R> batch, ImportRun run, Batch<R> work) {
        Map<Integer, ImportReport.RowResult> results = new HashMap<>();
        try {
            Runnable afterCommit = QuarkusTransaction.requiringNew().call(() -> {
                Runnable after = work.write(batch, results);
                if (run.dryRun()) {
                    throw new DryRun();
                }
                return after;
            });
            afterCommit.run();
        } catch (DryRun expected) {
            // rolled back, as a dry run should be
        } catch (io.quarkus.narayana.jta.QuarkusTransactionException e) {
            if (!(e.getCause() instanceof DryRun)) {
                throw e;
            }
        }
        results.values().forEach(run::done);
    }

    /** Ends a dry run's transaction: everything it wrote is rolled back. */
    private static final class DryRun extends RuntimeException {
        DryRun() {
            super(null, null, false, false);
        }
    }
}
