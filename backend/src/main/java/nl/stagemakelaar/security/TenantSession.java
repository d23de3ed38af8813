package nl.stagemakelaar.security;

import io.agroal.api.AgroalPoolInterceptor;
import io.quarkus.arc.Arc;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

/**
 * Hands the caller to PostgreSQL each time a connection leaves the pool, so row-level security and the audit
 * trigger know whose work it is. Every acquisition sets every value, so a pooled connection never carries the
 * previous request's scope.
 */
@ApplicationScoped
public class TenantSession implements AgroalPoolInterceptor {

    @Override
    public void onConnectionAcquire(Connection connection) {
        enter(connection, Arc.container().requestContext().isActive()
                ? Arc.container().instance(TenantScope.class).get().entry()
                : TenantScope.Entry.SYSTEM);
    }

    static void enter(Connection connection, TenantScope.Entry e) {
        try (PreparedStatement st = connection.prepareStatement("select app_enter(?, ?, ?, ?, ?, ?)")) {
            st.setBoolean(1, e.all());
            st.setObject(2, e.organisation(), Types.OTHER);
            st.setObject(3, e.school(), Types.OTHER);
            st.setObject(4, e.employer(), Types.OTHER);
            st.setString(5, e.actor());
            st.setString(6, e.role());
            st.execute();
        } catch (SQLException ex) {
            throw new IllegalStateException("Could not set the caller on the database connection", ex);
        }
    }
}
