package org.hubops.api.privacy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.hubops.api.access.HubPath;
import org.hubops.api.participants.ParticipantService;
import org.hubops.api.platform.Requester;
import org.hubops.api.platform.Text;
import org.hubops.model.rest.Hub;
import org.hubops.model.rest.Participant;
import org.hubops.model.rest.SubjectAccess;
import org.jdbi.v3.core.Jdbi;

/**
 * {@code GET /hubs/{hubId}/participants/{id}/export}: one person's data (the register entry and
 * every session they attended) as one JSON file, for the hub's coordinator to hand to the person
 * who asks; admins too. Association staff never: it carries the name.
 */
@Path("/api/v1/hubs/{hubId}/participants/{id}/export")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({"ADMIN", "COORDINATOR"})
public record SubjectAccessResource(
    Jdbi jdbi, Clock clock, ParticipantService participants, AccessLog log) {

  static final String ROUTE = "GET /api/v1/hubs/{hubId}/participants/{id}/export";

  @GET
  public Response export(
      @BeanParam HubPath path, @PathParam("id") String id, @BeanParam Requester requester) {
    Hub hub = path.hub();
    UUID participantId = Text.pathId("Participant", id);
    Participant participant = participants.get(hub, participantId);
    List<SubjectAccess.Attendance> attendances =
        jdbi.withExtension(SubjectAccessDao.class, dao -> dao.attendances(hub.id(), participantId));
    log.shown(requester.actor(), List.of(participant), ROUTE);
    return Response.ok(new SubjectAccess(clock.instant(), hub, participant, attendances))
        .header(
            "Content-Disposition",
            "attachment; filename=\"participant-"
                + participant.code().replaceAll("[^A-Za-z0-9_.-]", "_")
                + ".json\"")
        .build();
  }
}
