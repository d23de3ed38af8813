package nl.stagemakelaar.audit;

import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Test-only endpoint with the mistake row-level security exists for: a query without an organisation filter,
 * run in a real request with a real token. Hidden from the contract; only in the test build.
 */
@Path("/api/v1/test-probe/unscoped")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
public class UnscopedProbe {

    @Inject EntityManager em;

    @GET
    @Operation(hidden = true)
    @Transactional
    @SuppressWarnings("unchecked")
    public List<String> organisationsOfAllStudents() {
        return em.createNativeQuery("select distinct cast(organisation_id as text) from student").getResultList();
    }
}
