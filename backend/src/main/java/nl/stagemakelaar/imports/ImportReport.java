package nl.stagemakelaar.imports;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an import did, or would do on a dry run: counts, each row's result, and each row's errors by field. */
public record ImportReport(boolean dryRun, int rows, int created, int updated, int unchanged, int failed,
        @Schema(description = "Every field that kept a row out; a row with errors is not imported")
        List<RowError> errors,
        @Schema(description = "Every row imported (or, on a dry run, that would be)")
        List<RowResult> results) {

    public enum Action { CREATED, UPDATED, UNCHANGED }

    @Schema(name = "ImportRowError")
    public record RowError(@Schema(description = "The row number: as a spreadsheet shows it for CSV (the header is"
            + " row 1), the position from 1 for a JSON array") int row, String field,
            @Schema(description = "What kind of error, for a client to word it: NotBlank, Size, Range, Format, Date, Enum,"
                    + " Boolean, Formula, Characters, Duplicate, Exists, Scope, Unique, UnknownColumn, Row, and others") String code,
            String message) {
    }

    @Schema(name = "ImportRowResult")
    public record RowResult(int row, @Schema(nullable = true, description = "Null on a dry run for a row that would be"
            + " created") UUID id, Action action) {
    }
}
