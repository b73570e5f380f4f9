package org.hubops.api.reports;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.hubops.api.access.Caller;
import org.hubops.api.platform.Messages;
import org.hubops.api.platform.RequestLanguage;
import org.hubops.api.platform.Violations;
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
      @QueryParam("year") String year,
      @QueryParam("quarter") String quarter,
      @QueryParam("oblast") String oblast,
      @QueryParam("lang") String lang,
      @QueryParam("format") String format,
      @Context SecurityContext security,
      @Context HttpHeaders headers) {
    Violations violations = violations(headers);
    ReportParams params = new ReportParams(jdbi, violations);
    Quarter asked = params.quarter(year, quarter, reports.today());
    String oblastCode = Caller.of(security).reportOblast(params.oblast(oblast), violations);
    Language language = params.language(lang, RequestLanguage.of(headers));
    violations.throwIfAny();
    if (Downloads.wantsWorkbook(headers, format)) {
      return Downloads.workbook(
          fileName(asked.toString(), oblastCode),
          out -> reports.writeQuarterly(asked, oblastCode, language, out));
    }
    return reports
        .frozenJson(asked, oblastCode)
        .map(text -> Response.ok(text, MediaType.APPLICATION_JSON_TYPE.withCharset("UTF-8")))
        .orElseGet(
            () -> Response.ok(reports.quarterly(asked, oblastCode), MediaType.APPLICATION_JSON))
        .build();
  }

  /** The quarter's session lines as one JSON array, streamed. */
  @GET
  @Path("/quarterly/sessions")
  @Produces(MediaType.APPLICATION_JSON)
  public Response quarterlySessions(
      @QueryParam("year") String year,
      @QueryParam("quarter") String quarter,
      @QueryParam("oblast") String oblast,
      @Context SecurityContext security,
      @Context HttpHeaders headers) {
    Violations violations = violations(headers);
    ReportParams params = new ReportParams(jdbi, violations);
    Quarter asked = params.quarter(year, quarter, reports.today());
    String oblastCode = Caller.of(security).reportOblast(params.oblast(oblast), violations);
    violations.throwIfAny();
    ReportScope scope = ReportScope.of(asked.firstDay(), asked.lastDay(), oblastCode);
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
  public Response quarterlyStream(
      @QueryParam("year") String year,
      @QueryParam("quarter") String quarter,
      @QueryParam("oblast") String oblast,
      @Context SecurityContext security,
      @Context HttpHeaders headers) {
    Violations violations = violations(headers);
    ReportParams params = new ReportParams(jdbi, violations);
    Quarter asked = params.quarter(year, quarter, reports.today());
    String oblastCode = Caller.of(security).reportOblast(params.oblast(oblast), violations);
    violations.throwIfAny();
    return Downloads.jsonStream(out -> reports.writeQuarterlyStream(asked, oblastCode, out));
  }

  private static Violations violations(HttpHeaders headers) {
    return new Violations(Messages.in(RequestLanguage.of(headers)));
  }

  /** {@code hubops-2026-Q3.xlsx}, {@code hubops-2026-Q3-UA-46.xlsx} for one oblast. */
  private static String fileName(String what, String oblast) {
    return "hubops-" + what + (oblast == null ? "" : "-" + oblast) + ".xlsx";
  }
}
