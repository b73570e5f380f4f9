package org.hubops.api.participants;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hubops.api.hubs.HubService;
import org.hubops.api.platform.Text;
import org.hubops.api.privacy.AccessLog;
import org.hubops.api.web.FormData;
import org.hubops.api.web.FormErrors;
import org.hubops.api.web.FormSubmit;
import org.hubops.api.web.Paging;
import org.hubops.api.web.Paths;
import org.hubops.api.web.Visitor;
import org.hubops.api.web.WebText;
import org.hubops.model.rest.Hub;
import org.hubops.model.rest.Page;
import org.hubops.model.rest.Participant;

/**
 * A hub's participant register: list, add, edit, through {@link ParticipantService}. Names and
 * phones are shown only to whom the API shows them ({@code Caller.canSeePersonalData}).
 */
@Hidden // a page, not part of the API description
@Path("/hubs/{hubId}/participants")
@Produces(MediaType.TEXT_HTML)
@PermitAll
public final class ParticipantPages {

  private static final String LIST_ROUTE = "GET /hubs/{hubId}/participants";
  private static final String EDIT_ROUTE = "GET /hubs/{hubId}/participants/{id}";

  private final HubService hubs;
  private final ParticipantService participants;
  private final AccessLog accessLog;

  public ParticipantPages(HubService hubs, ParticipantService participants, AccessLog accessLog) {
    this.hubs = hubs;
    this.participants = participants;
    this.accessLog = accessLog;
  }

  @GET
  public ParticipantListView list(
      @PathParam("hubId") String hubId,
      @QueryParam("q") String query,
      @QueryParam("page") String page,
      @QueryParam("saved") String saved,
      @QueryParam("erased") String erased,
      @Context ContainerRequestContext request) {
    Visitor visitor = Visitor.of(request);
    Hub hub = hubs.resolve(hubId);
    String search = query == null || query.length() > 100 ? null : query.strip();
    Page<Participant> found = participants.list(hub, search, Paging.request(page, visitor.text()));
    if (seesPersonalData(visitor, hub)) {
      accessLog.shown(visitor.actor(), found.items(), LIST_ROUTE);
    }
    return new ParticipantListView(
        visitor,
        hub,
        search,
        found,
        saved != null
            ? visitor.text().get("participant.saved")
            : erased != null ? visitor.text().get("participant.erased") : "");
  }

  private static boolean seesPersonalData(Visitor visitor, Hub hub) {
    return visitor.caller() != null && visitor.caller().canSeePersonalData(hub.id());
  }

  @GET
  @Path("/new")
  public ParticipantFormView newForm(
      @PathParam("hubId") String hubId, @Context ContainerRequestContext request) {
    FormData form = FormData.empty().put("id", UUID.randomUUID());
    return new ParticipantFormView(
        Visitor.of(request), hubs.resolve(hubId), form, FormErrors.none(), false);
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @RolesAllowed({"ADMIN", "COORDINATOR"})
  public Response create(
      @PathParam("hubId") String hubId,
      MultivaluedMap<String, String> posted,
      @Context ContainerRequestContext request) {
    FormData form = FormData.of(posted);
    UUID id = form.text("id").flatMap(Text::uuid).orElseGet(UUID::randomUUID);
    form.put("id", id).put("version", "");
    return save(Visitor.of(request), hubs.resolve(hubId), id, form, false);
  }

  @GET
  @Path("/{id}")
  public ParticipantFormView edit(
      @PathParam("hubId") String hubId,
      @PathParam("id") String id,
      @Context ContainerRequestContext request) {
    Visitor visitor = Visitor.of(request);
    Hub hub = hubs.resolve(hubId);
    Participant participant = participants.get(hub, Text.pathId("Participant", id));
    if (seesPersonalData(visitor, hub)) {
      accessLog.shown(visitor.actor(), List.of(participant), EDIT_ROUTE);
    }
    return new ParticipantFormView(
        visitor, hub, ParticipantForm.fill(participant), FormErrors.none(), true);
  }

  @POST
  @Path("/{id}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @RolesAllowed({"ADMIN", "COORDINATOR"})
  public Response update(
      @PathParam("hubId") String hubId,
      @PathParam("id") String id,
      MultivaluedMap<String, String> posted,
      @Context ContainerRequestContext request) {
    Hub hub = hubs.resolve(hubId);
    UUID participantId = Text.pathId("Participant", id);
    participants.get(hub, participantId);
    FormData form = FormData.of(posted).put("id", participantId);
    return save(Visitor.of(request), hub, participantId, form, true);
  }

  /** The confirmation step: nothing is erased by following a link. */
  @GET
  @Path("/{id}/erase")
  @RolesAllowed({"ADMIN", "COORDINATOR"})
  public ParticipantEraseView confirmErase(
      @PathParam("hubId") String hubId,
      @PathParam("id") String id,
      @Context ContainerRequestContext request) {
    Hub hub = hubs.resolve(hubId);
    return new ParticipantEraseView(
        Visitor.of(request), hub, participants.get(hub, Text.pathId("Participant", id)));
  }

  @POST
  @Path("/{id}/erase")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @RolesAllowed({"ADMIN", "COORDINATOR"})
  public Response erase(
      @PathParam("hubId") String hubId,
      @PathParam("id") String id,
      @Context ContainerRequestContext request) {
    Visitor visitor = Visitor.of(request);
    Hub hub = hubs.resolve(hubId);
    participants.erase(
        hub, Text.pathId("Participant", id), visitor.actor(), ParticipantService.Erasure.REQUEST);
    return Response.seeOther(URI.create(Paths.participants(hub.id()) + "?erased=1")).build();
  }

  private Response save(Visitor visitor, Hub hub, UUID id, FormData form, boolean editing) {
    WebText text = visitor.text();
    FormErrors errors = FormErrors.of(List.of(), ParticipantForm.labels(text));
    Participant typed = ParticipantForm.read(form, id, hub.id(), text, errors);
    String saved = Paths.participants(hub.id()) + "?saved=1";
    return FormSubmit.submit(
        errors,
        ParticipantForm.labels(text),
        () -> {
          if (editing) {
            participants.update(hub, id, typed, visitor.actor(), text.messages());
          } else {
            participants.create(hub, typed, visitor.actor(), text.messages());
          }
          return saved;
        },
        (conflict, shown) -> {
          if (!editing) {
            // The same form sent twice: the first copy was stored.
            return Optional.of(saved);
          }
          Participant now = participants.get(hub, id);
          form.put("version", now.version());
          shown.general(text.get("participant.conflict", now.code()));
          return Optional.empty();
        },
        shown -> new ParticipantFormView(visitor, hub, form, shown, editing));
  }
}
