package org.hubops.api.reports;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import org.hubops.api.access.HubPath;
import org.hubops.api.platform.Requester;
import org.hubops.api.platform.Violations;
import org.hubops.model.Language;
import org.hubops.model.rest.Hub;
import org.jdbi.v3.core.Jdbi;

/**
 * {@code /hubs/{hubId}/report?from=&to=}: one hub's report for its coordinator and regional office,
 * as JSON or as the workbook; {@code /sessions} streams its session lines.
 */
@Path("/api/v1/hubs/{hubId}/report")
public record HubReportResource(Jdbi jdbi, ReportService reports) {

  @GET
  @Produces({MediaType.APPLICATION_JSON, Downloads.XLSX})
  public Response report(@BeanParam HubPeriod asked, @BeanParam Downloads.Form form) {
    Hub hub = asked.hub();
    ReportScope scope = asked.scope(jdbi, reports.today());
    Language language = form.language(asked.violations());
    asked.violations().throwIfAny();
    return form.answer(
        "hubops-" + hub.code() + "-" + scope.from() + "-" + scope.to() + ".xlsx",
        out -> reports.writeHub(hub, scope, language, out),
        () -> Response.ok(reports.hub(hub, scope), MediaType.APPLICATION_JSON));
  }

  @GET
  @Path("/sessions")
  @Produces(MediaType.APPLICATION_JSON)
  public Response sessions(@BeanParam HubPeriod asked) {
    ReportScope scope = scope(asked);
    return Downloads.jsonStream(out -> reports.writeSessionLines(scope, out));
  }

  /** The dataset and then the session lines, as one streamed report from one read. */
  @GET
  @Path("/stream")
  @Produces(MediaType.APPLICATION_JSON)
  public Response stream(@BeanParam HubPeriod asked) {
    ReportScope scope = scope(asked);
    return Downloads.jsonStream(out -> reports.writeHubStream(asked.hub(), scope, out));
  }

  private ReportScope scope(HubPeriod asked) {
    ReportScope scope = asked.scope(jdbi, reports.today());
    asked.violations().throwIfAny();
    return scope;
  }

  /**
   * {@code {hubId}} and {@code ?from=&to=} of a hub's report, taken by each route as one {@code
   * BeanParam}, with the violations of the request.
   */
  // The API description reads a bean's parameters from the properties Jackson sees: its fields.
  @JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY)
  public static final class HubPeriod {

    @BeanParam private HubPath path;

    @QueryParam("from")
    private String from;

    @QueryParam("to")
    private String to;

    @BeanParam private Requester requester;

    @JsonIgnore private Violations violations;

    Hub hub() {
      return path.hub();
    }

    Violations violations() {
      if (violations == null) {
        violations = requester.violations();
      }
      return violations;
    }

    /** The hub's days asked, begun by {@code today}; null, and a violation, when they are not. */
    ReportScope scope(Jdbi jdbi, LocalDate today) {
      return new ReportParams(jdbi, violations()).hubScope(hub().code(), from, to, today);
    }
  }
}
