package nl.stagemakelaar.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/** Plain JDBC connections to the test database as its two roles, for checks below the application. */
public final class Db {

    private Db() {
    }

    /** The tables' owner (migrations): row-level security does not apply to it. */
    public static Connection asOwner() throws SQLException {
        Config c = ConfigProvider.getConfig();
        return DriverManager.getConnection(url(), c.getValue("quarkus.flyway.username", String.class),
                c.getValue("quarkus.flyway.password", String.class));
    }

    /** The application's role: no owner, no superuser; sees rows only as far as app_enter(...) scoped it. */
    public static Connection asApp() throws SQLException {
        Config c = ConfigProvider.getConfig();
        return DriverManager.getConnection(url(), c.getValue("quarkus.datasource.username", String.class),
                c.getValue("quarkus.datasource.password", String.class));
    }

    /** The first column of the first row of a query run as the owner (all organisations). */
    public static String text(String sql) {
        try (Connection c = asOwner(); var st = c.createStatement(); var rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public static long count(String sql) {
        return Long.parseLong(text(sql));
    }

    private static String url() {
        return ConfigProvider.getConfig().getValue("quarkus.datasource.jdbc.url", String.class);
    }
}
