package nl.stagemakelaar.common;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * What the contract says about itself: title, licence, contact and one description per tag, so that clients
 * generated from it (and the people reading it) know what each group of operations is for. Paths stay as the
 * resources declare them: this class declares no application path.
 */
@OpenAPIDefinition(
        info = @Info(title = "Stagemakelaar API", version = "1",
                description = "Internship brokers for vocational students: referrals, students and their case files, employers,"
                        + " internship places, placements, self-assessments and the programme's figures. Every request carries a"
                        + " bearer token from the organisation's Keycloak; what it can see follows from the token, never from"
                        + " the request. Errors are application/problem+json with the field at fault.",
                license = @License(name = "EUPL-1.2", url = "https://interoperable-europe.ec.europa.eu/collection/eupl/eupl-text-eupl-12"),
                contact = @Contact(name = "Stagemakelaar maintainers")),
        tags = {
            @Tag(name = "Referrals", description = "A mentor refers a student to the organisation; a broker accepts, declines or waitlists"),
            @Tag(name = "Students", description = "The students the organisation guides: registration, details and search"),
            @Tag(name = "Case work", description = "A student's case file: phase, guidance, contacts, intake, preparation, files, timeline,"
                    + " consent, guardians, hand-offs and closing"),
            @Tag(name = "Employers", description = "The organisation's employer network"),
            @Tag(name = "Network", description = "Internship places, contacts with employers and outreach on a student's behalf"),
            @Tag(name = "Placements", description = "Proposals, internships and what happens during them: check-ins and interventions"),
            @Tag(name = "Employer portal", description = "What an employer's own account sees and does: candidates, interns, places"),
            @Tag(name = "Employer portal accounts", description = "Invitations that give an employer's contact person an account"),
            @Tag(name = "Self-assessments", description = "Before and after questionnaires by personal link, answered without an account"),
            @Tag(name = "Reports", description = "The programme's figures and the students' development, computed from live data"),
            @Tag(name = "Settings", description = "The organisation's settings a programme lead keeps, with their history"),
            @Tag(name = "Staff", description = "The organisation's brokers and leads"),
            @Tag(name = "Reference data", description = "Schools and programmes"),
            @Tag(name = "Privacy", description = "A student's data: export and erasure"),
            @Tag(name = "Audit trail", description = "Who wrote or read what, for the organisation's leads"),
            @Tag(name = "Imports", description = "Bulk imports of internship places and students from a CSV file or a JSON"
                    + " array: a dry run, a per-row report, and re-imports that update instead of duplicating"),
            @Tag(name = "Events", description = "What changed in the organisation, in commit order, for integrations to keep in sync"),
            @Tag(name = "Me", description = "Who the token belongs to and what it may do")
        })
public class ApiDefinition extends Application {
}
