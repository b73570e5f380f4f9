package org.hubops.api.sessions;

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
import java.net.URI;
import java.time.LocalDate;
import java.util.UUID;
import org.hubops.api.access.HubPath;
import org.hubops.api.platform.Bodies;
import org.hubops.api.platform.PageRequest;
import org.hubops.api.platform.QueryParams;
import org.hubops.api.platform.Requester;
import org.hubops.api.platform.Text;
import org.hubops.api.platform.Violations;
import org.hubops.model.rest.Hub;
import org.hubops.model.rest.Page;
import org.hubops.model.rest.Session;

/** {@code /hubs/{hubId}/sessions}: a hub's training sessions with who came. */
@Path("/api/v1/hubs/{hubId}/sessions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public record SessionResource(SessionService sessions) {

  @GET
  public Page<Session> list(
      @BeanParam HubPath path,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @BeanParam PageRequest.Query pages,
      @BeanParam Requester requester) {
    Hub hub = path.hub();
    Violations violations = requester.violations();
    LocalDate fromDate = QueryParams.date("from", from, violations);
    LocalDate toDate = QueryParams.date("to", to, violations);
    PageRequest paging = pages.read(violations);
    violations.throwIfAny();
    return sessions.list(hub, fromDate, toDate, paging);
  }

  @POST
  public Response create(
      @BeanParam HubPath path,
      Session input,
      @Context UriInfo uri,
      @BeanParam Requester requester) {
    Session body = Bodies.required(input);
    UUID id = body.id() == null ? UUID.randomUUID() : body.id();
    return answer(
        write(path.hub(), id, body, requester),
        uri.getAbsolutePathBuilder().path(id.toString()).build());
  }

  @GET
  @Path("/{sessionId}")
  public Session get(@BeanParam HubPath path, @PathParam("sessionId") String sessionId) {
    return sessions.get(path.hub(), sessionId(sessionId));
  }

  /** Creates the session when the id is new (retry-safe), replaces it given its version. */
  @PUT
  @Path("/{sessionId}")
  public Response put(
      @BeanParam HubPath path,
      @PathParam("sessionId") String sessionId,
      Session input,
      @Context UriInfo uri,
      @BeanParam Requester requester) {
    SessionService.Written written =
        write(path.hub(), sessionId(sessionId), Bodies.required(input), requester);
    return answer(written, uri.getAbsolutePath());
  }

  @DELETE
  @Path("/{sessionId}")
  public Response delete(
      @BeanParam HubPath path,
      @PathParam("sessionId") String sessionId,
      @QueryParam("version") String version,
      @BeanParam Requester requester) {
    Violations violations = requester.violations();
    int expected = QueryParams.integer("version", version, 0, 1, Integer.MAX_VALUE, violations);
    violations.throwIfAny();
    sessions.delete(
        path.hub(),
        sessionId(sessionId),
        expected == 0 ? null : (long) expected,
        requester.actor(),
        violations.messages());
    return Response.noContent().build();
  }

  private SessionService.Written write(Hub hub, UUID id, Session body, Requester requester) {
    return sessions.put(hub, id, body, requester.actor(), requester.messages());
  }

  private static Response answer(SessionService.Written written, URI location) {
    if (written.created()) {
      return Response.created(location).entity(written.session()).build();
    }
    return Response.ok(written.session()).build();
  }

  private static UUID sessionId(String text) {
    return Text.pathId("Session", text);
  }
}
