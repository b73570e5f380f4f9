package org.hubops.api.participants;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.UUID;
import org.hubops.api.platform.Text;
import org.hubops.api.privacy.AccessLog;
import org.hubops.api.web.FormData;
import org.hubops.api.web.FormErrors;
import org.hubops.api.web.FormSubmit;
import org.hubops.api.web.PageContext;
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
public record ParticipantPages(ParticipantService participants, AccessLog accessLog) {

  private static final String LIST_ROUTE = "GET /hubs/{hubId}/participants";
  private static final String EDIT_ROUTE = "GET /hubs/{hubId}/participants/{id}";

  @GET
  public ParticipantListView list(
      @BeanParam PageContext page, @QueryParam("q") String query, @QueryParam("page") String at) {
    Visitor visitor = page.visitor();
    Hub hub = page.hub();
    String search = query == null || query.length() > 100 ? null : query.strip();
    Page<Participant> found = participants.list(hub, search, Paging.request(at, visitor.text()));
    if (visitor.seesPersonalData(hub.id())) {
      accessLog.shown(visitor.actor(), found.items(), LIST_ROUTE);
    }
    return new ParticipantListView(
        visitor,
        hub,
        FormData.empty().put("q", search),
        found,
        page.notice("saved", "participant.saved", "erased", "participant.erased"));
  }

  @GET
  @Path("/new")
  public ParticipantFormView newForm(@BeanParam PageContext page) {
    FormData form = FormData.empty().put("id", UUID.randomUUID());
    return new ParticipantFormView(page.visitor(), page.hub(), form, FormErrors.none(), false);
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @RolesAllowed({"ADMIN", "COORDINATOR"})
  public Response create(@BeanParam PageContext page, MultivaluedMap<String, String> posted) {
    FormData form = FormData.of(posted);
    return save(page, form.madeNewId(), form, false);
  }

  @GET
  @Path("/{id}")
  public ParticipantFormView edit(@BeanParam PageContext page, @PathParam("id") String id) {
    Visitor visitor = page.visitor();
    Hub hub = page.hub();
    Participant participant = participants.get(hub, Text.pathId("Participant", id));
    if (visitor.seesPersonalData(hub.id())) {
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
      @BeanParam PageContext page,
      @PathParam("id") String id,
      MultivaluedMap<String, String> posted) {
    Hub hub = page.hub();
    UUID participantId = Text.pathId("Participant", id);
    participants.get(hub, participantId);
    FormData form = FormData.of(posted).put("id", participantId);
    return save(page, participantId, form, true);
  }

  /** The confirmation step: nothing is erased by following a link. */
  @GET
  @Path("/{id}/erase")
  @RolesAllowed({"ADMIN", "COORDINATOR"})
  public ParticipantEraseView confirmErase(
      @BeanParam PageContext page, @PathParam("id") String id) {
    Hub hub = page.hub();
    return new ParticipantEraseView(
        page.visitor(), hub, participants.get(hub, Text.pathId("Participant", id)));
  }

  @POST
  @Path("/{id}/erase")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @RolesAllowed({"ADMIN", "COORDINATOR"})
  public Response erase(@BeanParam PageContext page, @PathParam("id") String id) {
    Visitor visitor = page.visitor();
    Hub hub = page.hub();
    participants.erase(
        hub, Text.pathId("Participant", id), visitor.actor(), ParticipantService.Erasure.REQUEST);
    return FormSubmit.seeOther(Paths.participants(hub.id()) + "?erased=1");
  }

  private Response save(PageContext page, UUID id, FormData form, boolean editing) {
    Visitor visitor = page.visitor();
    Hub hub = page.hub();
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
        FormSubmit.ofRecord(
            editing,
            saved,
            form,
            () -> {
              Participant now = participants.get(hub, id);
              return new FormSubmit.Stored(
                  now.version(), text.get("participant.conflict", now.code()));
            }),
        shown -> new ParticipantFormView(visitor, hub, form, shown, editing));
  }
}
