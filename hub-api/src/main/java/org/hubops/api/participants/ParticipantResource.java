package org.hubops.api.participants;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.hubops.api.access.Caller;
import org.hubops.api.access.HubPath;
import org.hubops.api.platform.Bodies;
import org.hubops.api.platform.PageRequest;
import org.hubops.api.platform.Requester;
import org.hubops.api.platform.Responses;
import org.hubops.api.platform.Text;
import org.hubops.api.platform.Violations;
import org.hubops.api.privacy.AccessLog;
import org.hubops.model.rest.Hub;
import org.hubops.model.rest.Page;
import org.hubops.model.rest.Participant;

/** {@code /hubs/{hubId}/participants}: a hub's register of returning learners. */
@Path("/api/v1/hubs/{hubId}/participants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public record ParticipantResource(ParticipantService participants, AccessLog accessLog) {

  static final String LIST_ROUTE = "GET /api/v1/hubs/{hubId}/participants";
  static final String GET_ROUTE = "GET /api/v1/hubs/{hubId}/participants/{id}";

  /** Ordered by code; {@code q} finds codes containing it, ignoring case. */
  @GET
  public Page<Participant> list(
      @BeanParam HubPath path,
      @QueryParam("q") String query,
      @BeanParam PageRequest.Query pages,
      @BeanParam Requester requester) {
    Hub hub = path.hub();
    Violations violations = requester.violations();
    PageRequest paging = pages.read(violations);
    violations.throwIfAny();
    Page<Participant> found = participants.list(hub, query, paging);
    if (Caller.of(requester.security()).canSeePersonalData(hub.id())) {
      accessLog.shown(requester.actor(), found.items(), LIST_ROUTE);
      return found;
    }
    return new Page<>(
        found.items().stream().map(Participant::withoutPersonalData).toList(),
        found.page(),
        found.size(),
        found.total());
  }

  @POST
  public Response create(
      @BeanParam HubPath path,
      Participant input,
      @Context UriInfo uri,
      @BeanParam Requester requester) {
    Participant created =
        participants.create(
            path.hub(), Bodies.required(input), requester.actor(), requester.messages());
    return Responses.created(uri, created.id(), created);
  }

  @GET
  @Path("/{id}")
  public Participant get(
      @BeanParam HubPath path, @PathParam("id") String id, @BeanParam Requester requester) {
    Hub hub = path.hub();
    Participant participant = participants.get(hub, participantId(id));
    // Names and phones stay with the hub: association staff see the pseudonymous record.
    if (!Caller.of(requester.security()).canSeePersonalData(hub.id())) {
      return participant.withoutPersonalData();
    }
    accessLog.shown(requester.actor(), List.of(participant), GET_ROUTE);
    return participant;
  }

  /** Replaces the participant; the body carries the version it was read at. */
  @PUT
  @Path("/{id}")
  public Participant update(
      @BeanParam HubPath path,
      @PathParam("id") String id,
      Participant input,
      @BeanParam Requester requester) {
    return participants.update(
        path.hub(),
        participantId(id),
        Bodies.required(input),
        requester.actor(),
        requester.messages());
  }

  /**
   * Erasure: the name and phone are removed for good (also from the audit trail); the code and
   * demographics stay, so every past figure stays the same. Repeating it changes nothing.
   */
  @DELETE
  @Path("/{id}")
  public Response erase(
      @BeanParam HubPath path, @PathParam("id") String id, @BeanParam Requester requester) {
    participants.erase(
        path.hub(), participantId(id), requester.actor(), ParticipantService.Erasure.REQUEST);
    return Response.noContent().build();
  }

  private static UUID participantId(String text) {
    return Text.pathId("Participant", text);
  }
}
