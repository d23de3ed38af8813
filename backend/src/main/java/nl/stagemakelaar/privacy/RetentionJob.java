package nl.stagemakelaar.privacy;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;

/**
 * Anonymises closed cases once the organisation's retention period (default 24 months after closing) has passed.
 * Safe to run twice (an erased student is not picked again) and on two instances at once (a transaction-wide
 * advisory lock lets one of them work; the other logs that and stops).
 */
@ApplicationScoped
public class RetentionJob {

    /** At most this many students per run, so one run is one short transaction; the next run takes the rest. */
    static final int BATCH = 500;

    @Inject EntityManager em;
    @Inject DataSubjects subjects;

    @Scheduled(identity = "retention", cron = "{stagemakelaar.retention.cron}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        run();
    }

    /** The number of students anonymised by this run. */
    @Transactional
    @SuppressWarnings("unchecked")
    public int run() {
        if (!Boolean.TRUE.equals(em.createNativeQuery("select pg_try_advisory_xact_lock(hashtext('stagemakelaar.retention'))")
                .getSingleResult())) {
            Log.info("retention: another instance is running it");
            return 0;
        }
        em.createNativeQuery("select set_config('app.actor', 'retention', true)").getSingleResult();
        List<UUID> due = em.createNativeQuery("""
                select s.id from student s join organisation o on o.id = s.organisation_id
                where s.erased_at is null and s.phase = 'CLOSED'
                  and exists (select 1 from case_closure c where c.student_id = s.id and c.reopened_at is null
                              and c.closed_at < now() - make_interval(months => o.retention_months))
                  and not exists (select 1 from placement p where p.student_id = s.id and p.status in ('ACCEPTED', 'ACTIVE'))
                order by s.id limit :batch""", UUID.class).setParameter("batch", BATCH).getResultList();
        due.forEach(subjects::anonymise);
        Log.infof("retention: anonymised %d closed case(s) past their organisation's retention period", due.size());
        return due.size();
    }
}
