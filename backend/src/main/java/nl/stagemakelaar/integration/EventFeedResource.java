package nl.stagemakelaar.integration;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import nl.stagemakelaar.common.Params;
import nl.stagemakelaar.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/events")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.INTEGRATION, Roles.LEAD})
@Tag(name = "Events")
public class EventFeedResource {

    @Inject EventFeed feed;

    @GET
    @Operation(operationId = "listEvents", summary = "The organisation's events after a cursor, oldest first: follow `next` to"
            + " see every change once (referrals created and decided, phases, erasures, placement statuses, concerns)")
    public EventFeed.Page list(
            @Parameter(description = "The `next` of the previous page; leave out to start at the beginning")
            @QueryParam("after") String after,
            @Parameter(description = "Events per page, at most " + EventFeed.MAX,
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "500")) @QueryParam("size") String size) {
        Integer n = Params.intInRange("size", size, 1, EventFeed.MAX);
        return feed.after(after == null || after.isBlank() ? null : Params.text("after", after, 100), n == null ? 100 : n);
    }
}
