package nl.stagemakelaar.common;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The committed contract at the repository root must be exactly what this build generates. */
@QuarkusTest
class OpenApiContractTest {

    @Test
    void committedOpenApiMatchesTheBuild() throws Exception {
        String generated = Files.readString(Path.of("target/openapi/openapi.yaml"));
        String committed = Files.readString(Path.of("../openapi.yaml"));
        assertEquals(generated, committed,
                "openapi.yaml at the root is out of date: run 'make openapi' and commit it");
    }

    /** SmallRye renames a second record of the same simple name to "Name1": clients would get the wrong type. */
    @Test
    void noSchemaNameWasSilentlyRenamed() throws Exception {
        var renamed = Files.readAllLines(Path.of("../openapi.yaml")).stream()
                .filter(l -> l.matches("^    [A-Za-z]+[0-9]+:$")).toList();
        org.junit.jupiter.api.Assertions.assertEquals(java.util.List.of(), renamed,
                "give these records a unique @Schema(name = ...)");
    }
}
