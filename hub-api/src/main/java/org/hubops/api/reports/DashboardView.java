package org.hubops.api.reports;

import java.util.List;
import org.hubops.api.web.PageView;
import org.hubops.api.web.Paths;
import org.hubops.api.web.Quarters;
import org.hubops.api.web.Visitor;
import org.hubops.model.Gender;
import org.hubops.model.Quarter;
import org.hubops.model.report.Completeness;
import org.hubops.model.report.Glance;

/**
 * The dashboard of a quarter: figures from its glance (the dataset's), completeness from the cycle.
 */
public final class DashboardView extends PageView {

  /** The country's line, as the dataset has it. */
  public record Totals(
      long activeHubs,
      long reportingHubs,
      long sessions,
      double hours,
      long attendances,
      long women,
      long men) {}

  /** One oblast's line, with its name in the visitor's language. */
  public record Line(
      String name,
      long activeHubs,
      long reportingHubs,
      long sessions,
      long attendances,
      long women,
      long men) {}

  /** A silent hub, linked to its page. */
  public record Silent(String href, String code, String name, String oblast, String settlement) {}

  /** One line of completeness: the country's or an oblast's. */
  public record Reported(
      String name,
      int expected,
      int submitted,
      int onTime,
      int late,
      int nil,
      int returned,
      int missing) {}

  /** A hub that has not submitted, with whom to call. */
  public record Missing(
      String href, String code, String name, String oblast, String coordinators, String last) {}

  private final Quarter quarter;
  private final boolean current;
  private final Glance glance;
  private final Completeness completeness;

  /** The oblast a regional officer's dashboard shows; null for the country. */
  private final String oblast;

  DashboardView(
      Visitor visitor,
      Quarter quarter,
      boolean current,
      Glance glance,
      Completeness completeness,
      String oblast) {
    super("dashboard.ftlh", visitor, Quarters.name(quarter, visitor.text()));
    this.quarter = quarter;
    this.current = current;
    this.glance = glance;
    this.completeness = completeness;
    this.oblast = oblast;
  }

  public Totals getTotals() {
    Glance.Line total = glance.total();
    Glance.Activity f = total.activity();
    return new Totals(
        total.activeHubs(),
        total.reportingHubs(),
        f.sessions(),
        Math.round(f.trainingHours() * 10) / 10.0,
        f.attendances().total(),
        f.attendances().count(Gender.FEMALE),
        f.attendances().count(Gender.MALE));
  }

  /** The oblasts with hubs or sessions in the quarter. */
  public List<Line> getLines() {
    boolean english = "en".equals(getLang());
    return glance.oblasts().stream()
        .filter(r -> r.activeHubs() > 0 || r.activity().sessions() > 0)
        .map(r -> line(r, english))
        .toList();
  }

  private static Line line(Glance.Line r, boolean english) {
    Glance.Activity f = r.activity();
    return new Line(
        english ? r.oblast().nameEn() : r.oblast().nameUk(),
        r.activeHubs(),
        r.reportingHubs(),
        f.sessions(),
        f.attendances().total(),
        f.attendances().count(Gender.FEMALE),
        f.attendances().count(Gender.MALE));
  }

  public List<Silent> getSilent() {
    OblastNames names = oblastNames();
    return glance.silent().stream()
        .map(
            h ->
                new Silent(
                    Paths.hub(h.id()),
                    h.code(),
                    h.name(),
                    names.name(h.oblastCode()),
                    h.settlement()))
        .toList();
  }

  public long getSilentCount() {
    return glance.silentCount();
  }

  public boolean isMissingCut() {
    return completeness.missingHubs().size() > Glance.SILENT_SHOWN;
  }

  public boolean isSilentCut() {
    return glance.silentCount() > glance.silent().size();
  }

  /** Whether these are the frozen figures of a locked quarter. */
  public boolean isLocked() {
    return glance.status().locked();
  }

  public String getReportedQuarter() {
    return Quarters.name(completeness.quarter(), getT());
  }

  /** A regional officer's dashboard: the review queue and lock pages are staff's for now. */
  public boolean isRegional() {
    return oblast != null;
  }

  public String getQueue() {
    return Paths.submissions(completeness.quarter());
  }

  public String getLockPage() {
    return Paths.quarter(completeness.quarter());
  }

  public String getDeadline() {
    return completeness.deadline().toString();
  }

  public Reported getReported() {
    Completeness c = completeness;
    return new Reported(
        getT().get("dashboard.national"),
        c.expected(),
        c.submitted(),
        c.onTime(),
        c.late(),
        c.nil(),
        c.returned(),
        c.missing());
  }

  public List<Reported> getReportedByOblast() {
    OblastNames names = oblastNames();
    return completeness.oblasts().stream()
        .map(
            o ->
                new Reported(
                    names.name(o.oblast()),
                    o.expected(),
                    o.submitted(),
                    o.onTime(),
                    o.late(),
                    o.nil(),
                    o.returned(),
                    o.missing()))
        .toList();
  }

  /**
   * The first of the hubs that have not submitted: enough to call through in a week (a national
   * quarter that has just ended misses thousands; the workbook lists them all).
   */
  public List<Missing> getMissing() {
    OblastNames names = oblastNames();
    return completeness.missingHubs().stream()
        .limit(Glance.SILENT_SHOWN)
        .map(
            h ->
                new Missing(
                    Paths.hub(h.hubCode()),
                    h.hubCode(),
                    h.hubName(),
                    names.name(h.oblast()),
                    String.join(", ", h.coordinators()),
                    h.lastSession() == null ? "—" : h.lastSession().toString()))
        .toList();
  }

  public boolean isCurrent() {
    return current;
  }

  public String getPrevious() {
    return inOblast(Paths.dashboard(quarter.previous()));
  }

  public String getPreviousName() {
    return Quarters.name(quarter.previous(), getT());
  }

  public String getNext() {
    return current ? "" : inOblast(Paths.dashboard(quarter.next()));
  }

  public String getNextName() {
    return Quarters.name(quarter.next(), getT());
  }

  public String getWorkbook() {
    return inOblast(Paths.quarterlyWorkbook(quarter, visitor().language()));
  }

  private String inOblast(String path) {
    return oblast == null ? path : path + "&oblast=" + oblast;
  }

  public String getHubs() {
    return Paths.HUBS;
  }

  private OblastNames oblastNames() {
    return new OblastNames(
        glance.oblasts().stream().map(Glance.Line::oblast).toList(), "en".equals(getLang()));
  }

  /** Oblast names in the visitor's language, by ISO code. */
  private record OblastNames(List<org.hubops.model.rest.Oblast> oblasts, boolean english) {
    String name(String code) {
      return oblasts.stream()
          .filter(o -> o.code().equals(code))
          .map(o -> english ? o.nameEn() : o.nameUk())
          .findFirst()
          .orElse(code);
    }
  }
}
