package nl.stagemakelaar.integration;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.net.URI;
import java.util.List;
import nl.stagemakelaar.common.PageParams;
import nl.stagemakelaar.common.PageResult;
import nl.stagemakelaar.common.Params;
import nl.stagemakelaar.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

@Path("/api/v1/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.LEAD)
@Tag(name = "Events")
public class WebhookResource {

    @Inject Webhooks webhooks;

    @GET
    @Operation(operationId = "listWebhookEndpoints", summary = "The organisation's webhook endpoints, paused ones marked")
    public List<Webhooks.Endpoint> list() {
        return webhooks.list();
    }

    @POST
    @Operation(operationId = "createWebhookEndpoint",
            summary = "Register an endpoint for events; the answer carries the signing secret, shown only now")
    public RestResponse<Webhooks.Endpoint> create(@NotNull @Valid Webhooks.Input body) {
        Webhooks.Endpoint e = webhooks.create(body);
        return RestResponse.ResponseBuilder.<Webhooks.Endpoint>created(URI.create("/api/v1/webhooks/" + e.id())).entity(e).build();
    }

    @POST
    @Path("/{id}/resume")
    @Operation(operationId = "resumeWebhookEndpoint", summary = "Resume a paused endpoint: what waited is sent now")
    public Webhooks.Endpoint resume(@PathParam("id") String id) {
        return webhooks.resume(Params.pathId(id, "Webhook endpoint"));
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteWebhookEndpoint", summary = "Remove an endpoint and its delivery log")
    public RestResponse<Void> delete(@PathParam("id") String id) {
        webhooks.delete(Params.pathId(id, "Webhook endpoint"));
        return RestResponse.noContent();
    }

    @GET
    @Path("/{id}/deliveries")
    @Operation(operationId = "listWebhookDeliveries", summary = "The endpoint's delivery log, newest first: attempts, answers, errors")
    public PageResult<Webhooks.Delivery> deliveries(@PathParam("id") String id, @BeanParam PageParams paging) {
        return webhooks.deliveries(Params.pathId(id, "Webhook endpoint"), paging.request());
    }
}
