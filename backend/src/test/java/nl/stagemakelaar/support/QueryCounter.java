package nl.stagemakelaar.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;

/** Counts the SQL statements Hibernate prepares (statistics are on in the test profile): an N+1 shows. */
@ApplicationScoped
public class QueryCounter {

    @Inject
    SessionFactory sessionFactory;

    public long count(Runnable action) {
        var stats = sessionFactory.getStatistics();
        stats.clear();
        action.run();
        return stats.getPrepareStatementCount();
    }
}
