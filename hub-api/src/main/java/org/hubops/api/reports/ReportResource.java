package org.hubops.api.reports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.hubops.model.Language;
import org.hubops.model.Quarter;
import org.jdbi.v3.core.Jdbi;

/**
 * {@code /reports}: the association's reports, for the country or one oblast. Each answers its
 * dataset as JSON, or the workbook for {@code Accept: }{@value Downloads#XLSX}; the session detail
 * of a quarter streams separately, so a client can write the workbook itself.
 *
 * <p>For association staff and admins; a regional officer gets those of their oblasts (their only
 * one when none is asked for; another oblast is 403); coordinators use their hub report.
 */
@Path("/api/v1/reports")
@RolesAllowed({"ADMIN", "ASSOCIATION", "REGIONAL"})
public final class ReportResource {

  private final Jdbi jdbi;
  private final ReportService reports;

  public ReportResource(Jdbi jdbi, ReportService reports) {
    this.jdbi = jdbi;
    this.reports = reports;
  }

  @GET
  @Path("/quarterly")
  @Produces({MediaType.APPLICATION_JSON, Downloads.XLSX})
  public Response quarterly(
      @BeanParam ReportParams.QuarterQuery query, @BeanParam Downloads.Form form) {
    ReportParams.QuarterAsked asked = query.readForReport(jdbi, reports.today());
    Language language = form.language(query.violations());
    query.violations().throwIfAny();
    Quarter quarter = asked.quarter();
    String oblastCode = asked.oblast();
    return form.answer(
        fileName(quarter.toString(), oblastCode),
        out -> reports.writeQuarterly(quarter, oblastCode, language, out),
        () ->
            reports
                .frozenJson(quarter, oblastCode)
                .map(
                    text -> Response.ok(text, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")))
                .orElseGet(
                    () ->
                        Response.ok(
                            reports.quarterly(quarter, oblastCode), MediaType.APPLICATION_JSON)));
  }

  /** The quarter's session lines as one JSON array, streamed. */
  @GET
  @Path("/quarterly/sessions")
  @Produces(MediaType.APPLICATION_JSON)
  public Response quarterlySessions(@BeanParam ReportParams.QuarterQuery query) {
    ReportParams.QuarterAsked asked = query.askedForReport(jdbi, reports.today());
    Quarter quarter = asked.quarter();
    ReportScope scope = ReportScope.of(quarter.firstDay(), quarter.lastDay(), asked.oblast());
    return Downloads.jsonStream(out -> reports.writeSessionLines(scope, out));
  }

  /**
   * The quarter's dataset and its session lines as one streamed {@link
   * org.hubops.model.report.ReportStream} from one read: the lines first, then the figures, so a
   * client writes the workbook itself and its sheets still agree.
   */
  @GET
  @Path("/quarterly/stream")
  @Produces(MediaType.APPLICATION_JSON)
  public Response quarterlyStream(@BeanParam ReportParams.QuarterQuery query) {
    ReportParams.QuarterAsked asked = query.askedForReport(jdbi, reports.today());
    return Downloads.jsonStream(
        out -> reports.writeQuarterlyStream(asked.quarter(), asked.oblast(), out));
  }

  /** {@code hubops-2026-Q3.xlsx}, {@code hubops-2026-Q3-UA-46.xlsx} for one oblast. */
  private static String fileName(String what, String oblast) {
    return "hubops-" + what + (oblast == null ? "" : "-" + oblast) + ".xlsx";
  }
}
