package nl.stagemakelaar.report;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The programme report for a period: each figure of the evaluation (SEO 2021) as rows of numbers, so the SPA draws
 * the chart, the table under it and the CSV from the same data. Keys are codes (levels, outcomes, answer options);
 * a label comes with rows whose key is a name or a statement.
 */
@Schema(name = "ProgrammeReport")
public record ProgrammeReportView(LocalDate from, LocalDate to, String scope,
        @Schema(nullable = true) BigDecimal hourlyCost,
        @Schema(description = "When the figures were computed: the organisation's report is kept for some minutes"
                + " (ask with refresh=true for figures of now); a broker's own report is always computed on request")
        OffsetDateTime computedAt,
        List<Figure> figures) {

    /** One figure: its id (e.g. "2.1", "funnel"), the meaning of each value column, and the rows. */
    @Schema(name = "ReportFigure")
    public record Figure(String id, List<String> columns, List<FigureRow> rows) {
    }

    @Schema(name = "ReportRow")
    public record FigureRow(String key, @Schema(nullable = true) String label, List<Double> values) {
    }
}
