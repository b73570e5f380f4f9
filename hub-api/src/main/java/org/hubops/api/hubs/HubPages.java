package org.hubops.api.hubs;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hubops.api.access.Caller;
import org.hubops.api.places.PlaceService;
import org.hubops.api.platform.PageRequest;
import org.hubops.api.platform.QueryParams;
import org.hubops.api.platform.Violations;
import org.hubops.api.reference.ReferenceDao;
import org.hubops.api.reports.ReportService;
import org.hubops.api.sessions.SessionService;
import org.hubops.api.web.FormData;
import org.hubops.api.web.FormErrors;
import org.hubops.api.web.FormSubmit;
import org.hubops.api.web.PageContext;
import org.hubops.api.web.Paging;
import org.hubops.api.web.Paths;
import org.hubops.api.web.SessionLine;
import org.hubops.api.web.Visitor;
import org.hubops.api.web.WebText;
import org.hubops.model.HubStatus;
import org.hubops.model.Kyiv;
import org.hubops.model.Quarter;
import org.hubops.model.Role;
import org.hubops.model.report.Glance;
import org.hubops.model.rest.Hub;
import org.hubops.model.rest.Oblast;
import org.hubops.model.rest.Page;
import org.hubops.model.rest.Place;
import org.jdbi.v3.core.Jdbi;

/**
 * The hub register with its filters, each hub's start page (this quarter's figures, the latest
 * sessions and the downloads), and the form that registers or changes a hub, where association
 * staff find its settlement in the codifier by the first letters of its name. A coordinator sees
 * only their own hubs (the access filter answers 404 for another's); association staff see every
 * hub, read only.
 */
@Hidden // a page, not part of the API description
@Path("/hubs")
@Produces(MediaType.TEXT_HTML)
@PermitAll
public record HubPages(
    Jdbi jdbi,
    Clock clock,
    HubService hubs,
    SessionService sessions,
    PlaceService places,
    ReportService reports) {

  private static final int RECENT = 5;

  @GET
  public HubListView list(
      @QueryParam("oblast") String oblast,
      @QueryParam("status") String status,
      @QueryParam("q") String query,
      @QueryParam("page") String at,
      @BeanParam PageContext page) {
    Visitor visitor = page.visitor();
    Caller caller = visitor.caller();
    // A filter value that matches nothing known (from an edited link) is simply no filter.
    HubStatus wanted =
        QueryParams.enumValue(
            "status", status, HubStatus.class, new Violations(visitor.text().messages()));
    List<Oblast> oblasts = oblasts();
    String oblastCode =
        oblasts.stream()
            .map(Oblast::code)
            .filter(c -> c.equalsIgnoreCase(trim(oblast)))
            .findFirst()
            .orElse(null);
    String search = query == null ? null : trim(query);
    PageRequest paging = Paging.request(at, visitor.text());
    Page<Hub> found =
        hubs.list(
            !caller.is(Role.COORDINATOR),
            caller.hubIds(),
            caller.is(Role.REGIONAL) ? caller.oblasts() : null,
            oblastCode,
            wanted,
            search == null || search.length() > 100 ? null : search,
            paging);
    FormData filters =
        FormData.empty()
            .put("oblast", oblastCode)
            .put("status", wanted == null ? "" : wanted.name())
            .put("q", search);
    return new HubListView(visitor, filters, oblasts, found);
  }

  @GET
  @Path("/{hubId}")
  public HubHomeView home(@BeanParam PageContext page) {
    Visitor visitor = page.visitor();
    Hub hub = page.hub();
    Quarter quarter = Quarter.containing(Kyiv.today(clock));
    Glance.Activity figures = reports.hubGlance(hub.id(), quarter);
    List<SessionLine> recent =
        sessions.list(hub, null, null, new PageRequest(0, RECENT)).items().stream()
            .map(s -> SessionLine.of(s, visitor.text()))
            .toList();
    String oblast =
        oblasts().stream()
            .filter(o -> o.code().equals(hub.oblast()))
            .map(o -> o.name(visitor.language()))
            .findFirst()
            .orElse(hub.oblast());
    return new HubHomeView(
        visitor, hub, oblast, quarter, figures, recent, page.notice("saved", "hub.saved"));
  }

  @GET
  @Path("/new")
  @RolesAllowed({"ADMIN", "ASSOCIATION"})
  public HubFormView newForm(@BeanParam PageContext page) {
    FormData form = FormData.empty().put("id", UUID.randomUUID()).put("status", "ACTIVE");
    return formView(page.visitor(), form, FormErrors.none(), false);
  }

  @POST
  @Path("/new")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @RolesAllowed({"ADMIN", "ASSOCIATION"})
  public Response create(@BeanParam PageContext page, MultivaluedMap<String, String> posted) {
    FormData form = FormData.of(posted);
    return submitted(page.visitor(), form.madeNewId(), form, false);
  }

  @GET
  @Path("/{hubId}/edit")
  @RolesAllowed({"ADMIN", "ASSOCIATION"})
  public HubFormView edit(@BeanParam PageContext page) {
    return formView(page.visitor(), HubForm.fill(page.hub()), FormErrors.none(), true);
  }

  @POST
  @Path("/{hubId}/edit")
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  @RolesAllowed({"ADMIN", "ASSOCIATION"})
  public Response update(@BeanParam PageContext page, MultivaluedMap<String, String> posted) {
    Hub hub = page.hub();
    FormData form = FormData.of(posted).put("id", hub.id());
    return submitted(page.visitor(), hub.id(), form, true);
  }

  /**
   * The settlements whose name begins with {@code q}, as the form's list of choices: what the
   * form's script shows while a name is typed, the same markup the search button answers with.
   */
  @GET
  @Path("/places")
  @RolesAllowed({"ADMIN", "ASSOCIATION"})
  public HubPlacesView placeChoices(@QueryParam("q") String query, @BeanParam PageContext page) {
    Visitor visitor = page.visitor();
    return new HubPlacesView(
        visitor, FormData.empty(), HubFormView.choices(search(query), visitor.text()));
  }

  /** "Find" looks the settlement up and shows the form again; "Save" stores the hub. */
  private Response submitted(Visitor visitor, UUID id, FormData form, boolean editing) {
    if (form.text("find").isPresent()) {
      return Response.ok(formView(visitor, form, FormErrors.none(), editing)).build();
    }
    WebText text = visitor.text();
    FormErrors errors = FormErrors.of(List.of(), HubForm.labels(text));
    Hub typed = HubForm.read(form, id, text, errors);
    return FormSubmit.submit(
        errors,
        HubForm.labels(text),
        () -> {
          Hub stored =
              editing
                  ? hubs.update(id, typed, visitor.actor(), text.messages())
                  : hubs.create(typed, visitor.actor(), text.messages());
          return Paths.hub(stored.id()) + "?saved=1";
        },
        FormSubmit.ofRecord(
            editing,
            Paths.hub(id) + "?saved=1",
            form,
            () -> {
              Hub now = hubs.resolve(id.toString());
              return new FormSubmit.Stored(now.version(), text.get("hubForm.conflict", now.code()));
            }),
        shown -> formView(visitor, form, shown, editing));
  }

  /** The form with the settlements matching what was searched, the one chosen first. */
  private HubFormView formView(Visitor visitor, FormData form, FormErrors errors, boolean editing) {
    List<Place> found = new ArrayList<>();
    form.text("settlementCode").flatMap(places::find).ifPresent(found::add);
    for (Place place : search(form.value("place"))) {
      if (found.stream().noneMatch(p -> p.code().equals(place.code()))) {
        found.add(place);
      }
    }
    return new HubFormView(visitor, form, errors, editing, found);
  }

  private List<Place> search(String query) {
    return query == null || query.isBlank() || query.length() > 100
        ? List.of()
        : places.search(query, null);
  }

  private List<Oblast> oblasts() {
    return jdbi.withExtension(ReferenceDao.class, ReferenceDao::oblasts);
  }

  static Map<String, Oblast> byCode(List<Oblast> oblasts) {
    return oblasts.stream().collect(Collectors.toMap(Oblast::code, Function.identity()));
  }

  private static String trim(String text) {
    return text == null ? "" : text.strip();
  }
}
