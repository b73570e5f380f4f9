package org.hubops.api.reports;

import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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
public final class HubReportResource {

  private final Jdbi jdbi;
  private final ReportService reports;

  public HubReportResource(Jdbi jdbi, ReportService reports) {
    this.jdbi = jdbi;
    this.reports = reports;
  }

  @GET
  @Produces({MediaType.APPLICATION_JSON, Downloads.XLSX})
  public Response report(
      @BeanParam HubPath path,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @BeanParam Downloads.Form form,
      @BeanParam Requester requester) {
    Hub hub = path.hub();
    Violations violations = requester.violations();
    ReportScope scope =
        new ReportParams(jdbi, violations).hubScope(hub.code(), from, to, reports.today());
    Language language = form.language(violations);
    violations.throwIfAny();
    return form.answer(
        "hubops-" + hub.code() + "-" + scope.from() + "-" + scope.to() + ".xlsx",
        out -> reports.writeHub(hub, scope, language, out),
        () -> Response.ok(reports.hub(hub, scope), MediaType.APPLICATION_JSON));
  }

  @GET
  @Path("/sessions")
  @Produces(MediaType.APPLICATION_JSON)
  public Response sessions(
      @BeanParam HubPath path,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @BeanParam Requester requester) {
    ReportScope scope = scope(path.hub(), from, to, requester);
    return Downloads.jsonStream(out -> reports.writeSessionLines(scope, out));
  }

  /** The dataset and then the session lines, as one streamed report from one read. */
  @GET
  @Path("/stream")
  @Produces(MediaType.APPLICATION_JSON)
  public Response stream(
      @BeanParam HubPath path,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @BeanParam Requester requester) {
    Hub hub = path.hub();
    ReportScope scope = scope(hub, from, to, requester);
    return Downloads.jsonStream(out -> reports.writeHubStream(hub, scope, out));
  }

  private ReportScope scope(Hub hub, String from, String to, Requester requester) {
    Violations violations = requester.violations();
    ReportScope scope =
        new ReportParams(jdbi, violations).hubScope(hub.code(), from, to, reports.today());
    violations.throwIfAny();
    return scope;
  }
}
