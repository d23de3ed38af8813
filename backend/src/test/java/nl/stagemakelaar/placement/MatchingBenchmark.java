package nl.stagemakelaar.placement;

import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import nl.stagemakelaar.support.Tokens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import static nl.stagemakelaar.support.Api.*;

/**
 * The matching budget (100 ms median for one student against 50,000 places), measured by {@code make bench}
 * only: a benchmark reports figures, a test in {@code make test} must not depend on the machine's load.
 */
@QuarkusTest
@EnabledIfSystemProperty(named = "bench", matches = "true")
class MatchingBenchmark {

    @jakarta.inject.Inject
    jakarta.persistence.EntityManager em;

    @Test
    void rankOneStudentAgainstFiftyThousandPlaces() throws Exception {
        String student = BulkPlaces.studentAmongPlaces(em, 50_000);
        try {
            // The JDK's HTTP client: REST Assured's own overhead would dominate the figure.
            HttpClient http = HttpClient.newHttpClient();
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + io.restassured.RestAssured.port
                            + "/api/v1/students/" + student + "/matches"))
                    .header("Authorization", "Bearer " + Tokens.of(BROKER_WEST)).build();
            for (int i = 0; i < 5; i++) {
                http.send(request, HttpResponse.BodyHandlers.discarding());
            }
            long[] times = new long[31];
            for (int i = 0; i < times.length; i++) {
                long t0 = System.nanoTime();
                HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
                times[i] = (System.nanoTime() - t0) / 1_000_000;
                if (response.statusCode() != 200) {
                    throw new AssertionError("status " + response.statusCode());
                }
            }
            Arrays.sort(times);
            long median = times[times.length / 2];
            System.out.printf("BENCH matching 50k places: median %d ms, p90 %d ms, max %d ms (budget: median 100 ms) %s%n",
                    median, times[times.length * 9 / 10], times[times.length - 1], median <= 100 ? "WITHIN" : "OVER");
        } finally {
            BulkPlaces.delete(em);
        }
    }
}
