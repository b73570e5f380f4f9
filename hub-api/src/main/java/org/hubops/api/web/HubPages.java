package org.hubops.api.web;

import io.swagger.v3.oas.annotations.Hidden;
import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hubops.api.access.Caller;
import org.hubops.api.hubs.HubService;
import org.hubops.api.platform.PageRequest;
import org.hubops.api.platform.QueryParams;
import org.hubops.api.platform.Violations;
import org.hubops.api.reference.ReferenceDao;
import org.hubops.api.sessions.SessionService;
import org.hubops.model.HubStatus;
import org.hubops.model.Kyiv;
import org.hubops.model.Quarter;
import org.hubops.model.Role;
import org.hubops.model.rest.Hub;
import org.hubops.model.rest.Oblast;
import org.hubops.model.rest.Page;
import org.jdbi.v3.core.Jdbi;

/**
 * The hub register with its filters, and each hub's start page: this quarter's figures, the latest
 * sessions and the downloads. A coordinator sees only their own hubs (the access filter answers 404
 * for another's); association staff see every hub, read only.
 */
@Hidden // a page, not part of the API description
@Path("/hubs")
@Produces(MediaType.TEXT_HTML)
@PermitAll
public final class HubPages {

  private static final int RECENT = 5;

  private final Jdbi jdbi;
  private final Clock clock;
  private final HubService hubs;
  private final SessionService sessions;

  HubPages(Jdbi jdbi, Clock clock, HubService hubs, SessionService sessions) {
    this.jdbi = jdbi;
    this.clock = clock;
    this.hubs = hubs;
    this.sessions = sessions;
  }

  @GET
  public HubListView list(
      @QueryParam("oblast") String oblast,
      @QueryParam("status") String status,
      @QueryParam("q") String query,
      @QueryParam("page") String page,
      @Context ContainerRequestContext request) {
    Visitor visitor = Visitor.of(request);
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
    PageRequest paging = Paging.request(page, visitor.text());
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
    return new HubListView(visitor, filters, oblasts, found, Paging.of(found, visitor.path()));
  }

  @GET
  @Path("/{hubId}")
  public HubHomeView home(
      @PathParam("hubId") String hubId, @Context ContainerRequestContext request) {
    Visitor visitor = Visitor.of(request);
    Hub hub = hubs.resolve(hubId);
    Quarter quarter = Quarter.containing(Kyiv.today(clock));
    FiguresDao.HubFigures figures =
        jdbi.withExtension(
            FiguresDao.class, dao -> dao.hub(hub.id(), quarter.firstDay(), quarter.lastDay()));
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
    return new HubHomeView(visitor, hub, oblast, quarter, figures, recent);
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
