package nl.stagemakelaar.report;

import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import nl.stagemakelaar.common.AppConfig;

/**
 * The organisation's report of a period as computed a moment ago, in the database so that every instance serves it.
 * Kept for {@code stagemakelaar.reports.kept-for}: a lead's figures over a year do not change meaningfully in
 * minutes, and computing them takes a second at 100,000 students. Callers hold the transaction.
 */
@ApplicationScoped
class ReportSnapshots {

    @Inject EntityManager em;
    @Inject AppConfig config;
    private final ObjectMapper json;

    /**
     * The application's mapper refuses {@code null} inside lists in requests (JsonHygiene); a report's values hold
     * null where a figure has no value (a cost without an hourly cost), so the kept report is read back with nulls.
     */
    @Inject
    ReportSnapshots(ObjectMapper json) {
        this.json = json.copy().setDefaultSetterInfo(JsonSetter.Value.empty());
    }

    /** The kept report of the period, if one was computed within the time it is kept. */
    Optional<ProgrammeReportView> fresh(UUID organisation, LocalDate from, LocalDate to) {
        List<?> found = em.createNativeQuery("""
                select cast(body as text) from report_snapshot
                 where organisation_id = :org and period_from = :from and period_to = :to and computed_at > :since""")
                .setParameter("org", organisation).setParameter("from", from).setParameter("to", to)
                .setParameter("since", keptSince()).getResultList();
        return found.stream().findFirst().flatMap(body -> read((String) body));
    }

    /**
     * Waits while another request computes this organisation's report (they would compute the same figures), until
     * the transaction ends; afterwards {@link #fresh} sees what that request kept.
     */
    void lock(UUID organisation) {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtextextended('report_snapshot:' || cast(:org as text), 0))")
                .setParameter("org", organisation).getSingleResult();
    }

    /** Keeps the report; the organisation's reports past their time go. */
    void keep(UUID organisation, ProgrammeReportView report) {
        em.createNativeQuery("delete from report_snapshot where organisation_id = :org and computed_at <= :since")
                .setParameter("org", organisation).setParameter("since", keptSince()).executeUpdate();
        em.createNativeQuery("""
                insert into report_snapshot (organisation_id, period_from, period_to, computed_at, body)
                values (:org, :from, :to, :at, cast(:body as jsonb))
                on conflict (organisation_id, period_from, period_to) do update set computed_at = excluded.computed_at, body = excluded.body""")
                .setParameter("org", organisation).setParameter("from", report.from()).setParameter("to", report.to())
                .setParameter("at", report.computedAt()).setParameter("body", write(report)).executeUpdate();
    }

    /** Reports computed after this are still kept. */
    private OffsetDateTime keptSince() {
        return OffsetDateTime.now().minus(config.reports().keptFor());
    }

    private String write(ProgrammeReportView report) {
        try {
            return json.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("report not serialisable", e);
        }
    }

    /** Empty when the report was kept by a release whose report had another shape: then it is computed again. */
    private Optional<ProgrammeReportView> read(String body) {
        try {
            return Optional.of(json.readValue(body, ProgrammeReportView.class));
        } catch (JsonProcessingException e) {
            // Said, not silent: a report that never reads back would be computed on every request.
            Log.warnf("A kept programme report does not read back; computing it again: %s", e.getOriginalMessage());
            return Optional.empty();
        }
    }
}
