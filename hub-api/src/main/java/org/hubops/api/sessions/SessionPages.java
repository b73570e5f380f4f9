package org.hubops.api.sessions;

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
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.hubops.api.cycle.QuarterLockedException;
import org.hubops.api.equipment.EquipmentService;
import org.hubops.api.participants.ParticipantService;
import org.hubops.api.platform.PageRequest;
import org.hubops.api.platform.Text;
import org.hubops.api.web.FormData;
import org.hubops.api.web.FormErrors;
import org.hubops.api.web.FormSubmit;
import org.hubops.api.web.HeldForms;
import org.hubops.api.web.PageContext;
import org.hubops.api.web.Paging;
import org.hubops.api.web.Paths;
import org.hubops.api.web.Visitor;
import org.hubops.api.web.WebPages;
import org.hubops.model.Kyiv;
import org.hubops.model.SessionFormat;
import org.hubops.model.SessionKind;
import org.hubops.model.rest.Hub;
import org.hubops.model.rest.Page;
import org.hubops.model.rest.Session;
import org.jdbi.v3.core.Jdbi;

/**
 * A hub's sessions: the list, the form that logs one, editing (the version travels in the form, so
 * a stale edit is caught and explained) and deleting. Writes go through {@link SessionService}, the
 * same as {@code PUT /api/v1/hubs/{hubId}/sessions/{id}}: the form's id is made when the form is
 * shown, so a double click or a resent form stores the session once.
 */
@Hidden // a page, not part of the API description
@Path("/hubs/{hubId}/sessions")
@Produces(MediaType.TEXT_HTML)
@PermitAll
public final class SessionPages {

  private static final String WRITERS_ADMIN = "ADMIN";
  private static final String WRITERS_COORDINATOR = "COORDINATOR";

  private final Jdbi jdbi;
  private final Clock clock;
  private final SessionService sessions;
  private final ParticipantService participants;
  private final EquipmentService equipment;
  private final SessionSaver saver;
  private final HeldForms held;

  public SessionPages(Jdbi jdbi, Clock clock, WebPages.Services services, HeldForms held) {
    this.held = held;
    this.jdbi = jdbi;
    this.clock = clock;
    this.sessions = services.sessions();
    this.participants = services.participants();
    this.equipment = services.equipment();
    this.saver = new SessionSaver(sessions, participants);
  }

  @GET
  public SessionListView list(@BeanParam PageContext page, @QueryParam("page") String at) {
    Visitor visitor = page.visitor();
    Hub hub = page.hub();
    PageRequest paging = Paging.request(at, visitor.text());
    Page<Session> found = sessions.list(hub, null, null, paging);
    String notice = page.notice("saved", "session.saved", "deleted", "session.deletedNotice");
    return new SessionListView(visitor, hub, found, notice);
  }

  /**
   * The date the service filled in, which the page's script replaces by the device's today when a
   * copy kept for offline use is shown on a later day; never an input, so never posted.
   */
  private static final String DATE_FILLED = "dateFilled";

  /** A new form, with a fresh id, today's date and the usual choices already made. */
  @GET
  @Path("/new")
  public SessionFormView newForm(@BeanParam PageContext page, @QueryParam("copy") String copy) {
    Visitor visitor = page.visitor();
    Hub hub = page.hub();
    Optional<SessionFormView> typed = heldBack(page, null);
    if (typed.isPresent()) {
      return typed.get();
    }
    Optional<Session> last =
        copy == null
            ? Optional.empty()
            : sessions.list(hub, null, null, new PageRequest(0, 1)).items().stream().findFirst();
    if (last.isPresent()) {
      // A weekly class: everything as last time but its date and who came is checked again.
      FormData form =
          SessionForm.fill(last.get())
              .put("id", UUID.randomUUID())
              .put("version", "")
              .put("date", Kyiv.today(clock))
              .put(DATE_FILLED, Kyiv.today(clock));
      SessionFormView copied = view(page, form, FormErrors.none(), false, null);
      copied.setNotice(visitor.text().get("session.copied"));
      return copied;
    }
    FormData form =
        FormData.empty()
            .put("id", UUID.randomUUID())
            .put("date", Kyiv.today(clock))
            .put(DATE_FILLED, Kyiv.today(clock))
            .put("durationMinutes", 60)
            .put("kind", SessionKind.GROUP_CLASS.name())
            .put("format", SessionFormat.IN_PERSON.name())
            .put("trainer", visitor.caller() == null ? "" : visitor.caller().displayName());
    return view(page, form, FormErrors.none(), false, null);
  }

  @POST
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @RolesAllowed({WRITERS_ADMIN, WRITERS_COORDINATOR})
  public Response create(@BeanParam PageContext page, MultivaluedMap<String, String> posted) {
    FormData form = FormData.of(posted);
    return save(page, form.madeId(), form, false);
  }

  @GET
  @Path("/{sessionId}")
  public SessionFormView edit(@BeanParam PageContext page, @PathParam("sessionId") String id) {
    Session session = sessions.get(page.hub(), Text.pathId("Session", id));
    return heldBack(page, session.id())
        .orElseGet(() -> view(page, SessionForm.fill(session), FormErrors.none(), true, null));
  }

  @POST
  @Path("/{sessionId}")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @RolesAllowed({WRITERS_ADMIN, WRITERS_COORDINATOR})
  public Response update(
      @BeanParam PageContext page,
      @PathParam("sessionId") String sessionId,
      MultivaluedMap<String, String> posted) {
    Hub hub = page.hub();
    UUID id = Text.pathId("Session", sessionId);
    sessions.get(hub, id); // a 404 page for an id that is not this hub's session
    FormData form = FormData.of(posted).put("id", id);
    return save(page, id, form, true);
  }

  @GET
  @Path("/{sessionId}/delete")
  public SessionDeleteView confirmDelete(
      @BeanParam PageContext page, @PathParam("sessionId") String sessionId) {
    Hub hub = page.hub();
    Session session = sessions.get(hub, Text.pathId("Session", sessionId));
    return new SessionDeleteView(page.visitor(), hub, session, "");
  }

  @POST
  @Path("/{sessionId}/delete")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @RolesAllowed({WRITERS_ADMIN, WRITERS_COORDINATOR})
  public Response delete(
      @BeanParam PageContext page,
      @PathParam("sessionId") String sessionId,
      MultivaluedMap<String, String> posted) {
    Visitor visitor = page.visitor();
    Hub hub = page.hub();
    UUID id = Text.pathId("Session", sessionId);
    // The page always sends the version it showed; without one nothing is deleted unseen.
    long version = FormData.of(posted).whole("version").orElse(0L);
    return FormSubmit.action(
        () -> {
          sessions.delete(hub, id, version, visitor.actor(), visitor.text().messages());
          return Paths.sessions(hub.id()) + "?deleted=1";
        },
        refused -> {
          String why =
              refused instanceof QuarterLockedException
                  ? refused.getMessage()
                  : visitor.text().get("session.deleteStale");
          return new SessionDeleteView(visitor, hub, sessions.get(hub, id), why);
        },
        409);
  }

  private Response save(PageContext page, UUID id, FormData form, boolean editing) {
    Hub hub = page.hub();
    String saved = Paths.sessions(hub.id()) + "?saved=" + id;
    return saver.save(
        page.visitor(),
        hub,
        id,
        form,
        saved,
        (errors, stored) -> view(page, form, errors, editing, stored));
  }

  /**
   * A form sent after its login ended, filled in again as it was typed (issue #16, defect 1): the
   * session's of {@code id}, or a new one's (id null) with the id it was made with.
   */
  private Optional<SessionFormView> heldBack(PageContext page, UUID id) {
    return held.take(page)
        .map(
            form -> {
              if (id == null) {
                form.madeId();
              } else {
                form.put("id", id);
              }
              SessionFormView back = view(page, form, FormErrors.none(), id != null, null);
              back.setNotice(page.text().get("session.heldBack"));
              return back;
            });
  }

  private SessionFormView view(
      PageContext page, FormData form, FormErrors errors, boolean editing, Session stored) {
    Visitor visitor = page.visitor();
    Hub hub = page.hub();
    SessionChoices choices = SessionChoices.load(jdbi, equipment, participants, visitor, hub, form);
    return new SessionFormView(visitor, hub, choices, form, errors, editing, stored);
  }
}
