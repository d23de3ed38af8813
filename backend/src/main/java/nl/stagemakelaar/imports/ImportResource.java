package nl.stagemakelaar.imports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import nl.stagemakelaar.common.Params;
import nl.stagemakelaar.place.PlaceImport;
import nl.stagemakelaar.place.PlaceImportRow;
import nl.stagemakelaar.security.Roles;
import nl.stagemakelaar.student.StudentImport;
import nl.stagemakelaar.student.StudentImportRow;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Bulk imports: a file in, a report out. Reading the file is here; each feature imports its own records. */
@Path("/api/v1/imports")
@Produces(MediaType.APPLICATION_JSON)
@Consumes({"text/csv", MediaType.APPLICATION_JSON})
@Tag(name = "Imports")
public class ImportResource {

    static final String CSV = "text/csv";

    @Inject PlaceImport places;
    @Inject StudentImport students;

    @POST
    @Path("/places")
    @RolesAllowed({Roles.BROKER, Roles.LEAD, Roles.INTEGRATION})
    @Operation(operationId = "importPlaces", summary = "Import internship places (up to 10,000 rows): created, or updated"
            + " when the employer's KvK number and the place's reference match one already there")
    @RequestBody(required = true, description = "CSV with a header row (UTF-8, `;` or `,`) or a JSON array of objects."
            + " The columns are the fields of PlaceImportRow.", content = {
                @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)),
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
                        implementation = PlaceImportRow.class))})
    public ImportReport importPlaces(
            @Parameter(description = "Check every row and report what would happen; import nothing")
            @QueryParam("dryRun") String dryRun,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, byte[] body) {
        ImportRun run = new ImportRun(Params.bool("dryRun", dryRun));
        return places.run(ImportFile.read(body, contentType, PlaceImport.COLUMNS, PlaceImport.REQUIRED, run), run);
    }

    @POST
    @Path("/students")
    @RolesAllowed({Roles.LEAD, Roles.INTEGRATION})
    @Operation(operationId = "importStudents", summary = "Import students (up to 10,000 rows): registered in intake, or"
            + " updated when the school and the student's number there match one already there")
    @RequestBody(required = true, description = "CSV with a header row (UTF-8, `;` or `,`) or a JSON array of objects."
            + " The columns are the fields of StudentImportRow.", content = {
                @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)),
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY,
                        implementation = StudentImportRow.class))})
    public ImportReport importStudents(
            @Parameter(description = "Check every row and report what would happen; import nothing")
            @QueryParam("dryRun") String dryRun,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType, byte[] body) {
        ImportRun run = new ImportRun(Params.bool("dryRun", dryRun));
        return students.run(ImportFile.read(body, contentType, StudentImport.COLUMNS, StudentImport.REQUIRED, run), run);
    }
}
