package org.hubops.api.hubs;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Set;
import org.hubops.api.access.Caller;
import org.hubops.api.access.HubPath;
import org.hubops.api.platform.Bodies;
import org.hubops.api.platform.PageRequest;
import org.hubops.api.platform.QueryParams;
import org.hubops.api.platform.Requester;
import org.hubops.api.platform.Responses;
import org.hubops.api.platform.Violations;
import org.hubops.model.HubStatus;
import org.hubops.model.Role;
import org.hubops.model.rest.Hub;
import org.hubops.model.rest.Page;

/** {@code /hubs}: the hub register. A hub may be named by id or by code in the path. */
@Path("/api/v1/hubs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public record HubResource(HubService hubs) {

  @GET
  @PermitAll
  public Page<Hub> list(
      @QueryParam("oblast") String oblast,
      @QueryParam("status") String status,
      @QueryParam("q") String query,
      @BeanParam PageRequest.Query pages,
      @BeanParam Requester requester) {
    Violations violations = requester.violations();
    PageRequest paging = pages.read(violations);
    HubStatus wanted = QueryParams.enumValue("status", status, HubStatus.class, violations);
    violations.throwIfAny();
    // A coordinator's list holds only the hubs they serve, a regional officer's those of their
    // oblasts (another oblast asked for: 403); everyone else sees every hub.
    Caller caller = Caller.of(requester.security());
    String oblastCode = oblast == null || oblast.isBlank() ? null : oblast.strip().toUpperCase();
    Set<String> within = caller.oblastsWithin(oblastCode, violations.messages());
    return hubs.list(
        !caller.is(Role.COORDINATOR), caller.hubIds(), within, oblast, wanted, query, paging);
  }

  @POST
  @RolesAllowed({"ADMIN", "ASSOCIATION"})
  public Response create(Hub input, @Context UriInfo uri, @BeanParam Requester requester) {
    Hub created = hubs.create(Bodies.required(input), requester.actor(), requester.messages());
    return Responses.created(uri, created.id(), created);
  }

  /** Open to any login; the access filter limits a coordinator to the hubs they serve. */
  @GET
  @Path("/{hubId}")
  @PermitAll
  public Hub get(@BeanParam HubPath path) {
    return path.hub();
  }

  /** The register is the association's: coordinators may read their hub but not change it. */
  @PUT
  @Path("/{hubId}")
  @RolesAllowed({"ADMIN", "ASSOCIATION"})
  public Hub update(@BeanParam HubPath path, Hub input, @BeanParam Requester requester) {
    Hub current = path.hub();
    return hubs.update(
        current.id(), Bodies.required(input), requester.actor(), requester.messages());
  }
}
