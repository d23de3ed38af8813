package nl.stagemakelaar.demo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.logging.Log;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import nl.stagemakelaar.common.AppConfig;

/**
 * Loads the demo organisations, schools, students and employers that match the dev/test Keycloak realm.
 * Off unless stagemakelaar.demo-data is true (dev, test and the e2e stack); the script is idempotent.
 * It runs after Flyway, which migrates at start before StartupEvent observers run.
 */
@jakarta.enterprise.context.ApplicationScoped
public class DemoDataLoader {

    @Inject AgroalDataSource dataSource;

    @Inject AppConfig config;

    void onStart(@Observes StartupEvent event) throws IOException, SQLException {
        if (!config.demoData()) {
            return;
        }
        String sql;
        try (InputStream in = getClass().getResourceAsStream("/demo/demo-data.sql")) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Connection c = dataSource.getConnection(); Statement st = c.createStatement()) {
            st.execute(sql);
        }
        Log.info("demo data loaded");
    }
}
