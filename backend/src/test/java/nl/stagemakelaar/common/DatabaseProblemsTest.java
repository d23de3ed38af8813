package nl.stagemakelaar.common;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** What the database refuses, as the client is told; plain JUnit on the classification itself. */
class DatabaseProblemsTest {

    @Test
    void aUniqueKeyNamesTheFieldAsTheClientKnowsIt() {
        assertEquals("kvkNumber", DatabaseProblems.fieldOfKey(
                "ERROR: duplicate key value violates unique constraint \"employer_org_kvk_key\"\n"
                        + "  Detail: Key (organisation_id, kvk_number)=(x, 12345678) already exists."));
        assertEquals("email", DatabaseProblems.fieldOfKey("Key (email)=(a@b.nl) already exists."));
        assertEquals("body", DatabaseProblems.fieldOfKey("no detail"));
        assertEquals("searchName", DatabaseProblems.camel("lower(search_name)"));
    }

    @Test
    void statusesByWhatTheDatabaseSaid() {
        assertEquals(409, DatabaseProblems.classify(wrapped(new SQLException("dup", "23505"))).getStatus());
        assertEquals(409, DatabaseProblems.classify(wrapped(new SQLException("deadlock", "40P01"))).getStatus());
        assertEquals(400, DatabaseProblems.classify(wrapped(new SQLException("too long", "22001"))).getStatus());
        assertEquals(400, DatabaseProblems.classify(wrapped(new SQLException("nul", "22021"))).getStatus());
        assertEquals(400, DatabaseProblems.classify(wrapped(new SQLException("check", "23514"))).getStatus());
        assertEquals(503, DatabaseProblems.classify(wrapped(new SQLException("refused", "08001"))).getStatus());
        assertEquals(503, DatabaseProblems.classify(wrapped(new SQLException("Acquisition timeout while waiting"))).getStatus());
        assertEquals("5", DatabaseProblems.classify(new SQLException("refused", "08006")).getHeaderString("Retry-After"));
        assertNull(DatabaseProblems.classify(new IllegalStateException("not the database")));
        assertNull(DatabaseProblems.classify(wrapped(new SQLException("syntax", "42601"))));
    }

    static RuntimeException wrapped(SQLException e) {
        return new RuntimeException("transaction failed", new IllegalStateException("flush", e));
    }
}
