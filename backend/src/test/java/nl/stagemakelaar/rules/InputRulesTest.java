package nl.stagemakelaar.rules;

import java.time.LocalDate;
import nl.stagemakelaar.common.ApiException;
import nl.stagemakelaar.common.BirthDate;
import nl.stagemakelaar.common.Etags;
import nl.stagemakelaar.common.Params;
import nl.stagemakelaar.common.Text;
import nl.stagemakelaar.consent.Consents;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** ETags, parameters, text folding and the consent age rule, in plain JUnit. */
class InputRulesTest {

    static int status(Runnable r) {
        try {
            r.run();
            return 200;
        } catch (ApiException e) {
            return e.status();
        }
    }

    @Test
    void ifMatch() {
        assertEquals(428, status(() -> Etags.require(null, 3)));
        assertEquals(428, status(() -> Etags.require(" ", 3)));
        assertEquals(200, status(() -> Etags.require("\"3\"", 3)));
        assertEquals(200, status(() -> Etags.require("W/\"3\"", 3)));
        assertEquals(200, status(() -> Etags.require("\"1\", \"3\"", 3)));
        assertEquals(412, status(() -> Etags.require("\"2\"", 3)));
        assertEquals(412, status(() -> Etags.require("3", 3)));
        assertEquals(412, status(() -> Etags.require("*", 3)), "* is no way around the check");
    }

    @Test
    void parameters() {
        assertEquals(0, Params.page(null, null).page());
        assertEquals(20, Params.page(null, null).size());
        assertEquals(100, Params.page("2", "100").size());
        assertEquals(400, status(() -> Params.page("0", "101")));
        assertEquals(400, status(() -> Params.page("-1", "10")));
        assertEquals(400, status(() -> Params.page("x", "10")));
        assertEquals(400, status(() -> Params.uuid("studentId", "nope")));
        assertNull(Params.uuid("studentId", " "));
        assertEquals(404, status(() -> Params.pathId("nope", "Student")), "a path id that is no UUID names nothing");
        assertEquals(nl.stagemakelaar.student.Phase.CLOSED, Params.enumValue("phase", " closed ", nl.stagemakelaar.student.Phase.class));
        assertEquals(400, status(() -> Params.enumValue("phase", "SOMETIMES", nl.stagemakelaar.student.Phase.class)));
        assertEquals(400, status(() -> Params.search("x".repeat(101))));
        assertEquals(400, status(() -> Params.text("assignedBroker", "x".repeat(101), 100)));
    }

    @Test
    void textIsFoldedAsTheDatabaseDoes() {
        assertEquals("ozdemir", Text.fold("Özdemir"));
        assertEquals("cagla yildiz", Text.fold("Çağla Yıldız"));
        assertEquals("strasse", Text.fold("Straße"));
        assertEquals("%50\\%\\_off%", Text.likeContains("50%_off"));
        assertEquals("ozdem:* & delta:*", Text.prefixQuery("ozdem, delta!"));
        assertNull(Text.prefixQuery("&&"));
    }

    @Test
    void aGuardianConsentsUnderSixteen() {
        LocalDate birth = LocalDate.of(2010, 6, 15);
        assertEquals(400, status(() -> Consents.requireGuardianIfMinor(birth, LocalDate.of(2026, 6, 14), false, "g")));
        assertEquals(200, status(() -> Consents.requireGuardianIfMinor(birth, LocalDate.of(2026, 6, 14), true, "g")));
        assertEquals(200, status(() -> Consents.requireGuardianIfMinor(birth, LocalDate.of(2026, 6, 15), null, "g")));
        ApiException e = assertThrows(ApiException.class,
                () -> Consents.requireGuardianIfMinor(birth, LocalDate.of(2020, 1, 1), null, "consent.guardian"));
        assertEquals("consent.guardian", e.errors().get(0).field());
    }

    @Test
    void birthDates() {
        var v = new BirthDate.Validator();
        assertEquals(false, v.isValid(LocalDate.of(1900, 1, 1), null));
        assertEquals(true, v.isValid(LocalDate.of(1900, 1, 2), null));
        assertEquals(false, v.isValid(LocalDate.now(), null));
        assertEquals(true, v.isValid(null, null));
    }
}
