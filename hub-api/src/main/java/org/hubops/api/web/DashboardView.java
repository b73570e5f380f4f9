package org.hubops.api.web;

import java.util.List;
import java.util.Locale;
import org.hubops.model.Quarter;

/** The dashboard of a quarter. */
public final class DashboardView extends PageView {

  /** The country's line: the oblasts' lines added up (at most 27 of them). */
  public record Totals(
      long activeHubs,
      long reportingHubs,
      long sessions,
      String hours,
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

  private final Quarter quarter;
  private final boolean current;
  private final List<FiguresDao.OblastFigures> oblasts;
  private final List<FiguresDao.SilentHub> silent;
  private final long silentCount;

  DashboardView(
      Visitor visitor,
      Quarter quarter,
      boolean current,
      List<FiguresDao.OblastFigures> oblasts,
      List<FiguresDao.SilentHub> silent,
      long silentCount) {
    super("dashboard.ftlh", visitor, Quarters.name(quarter, visitor.text()));
    this.quarter = quarter;
    this.current = current;
    this.oblasts = oblasts;
    this.silent = silent;
    this.silentCount = silentCount;
  }

  public Totals getTotals() {
    long minutes = oblasts.stream().mapToLong(FiguresDao.OblastFigures::minutes).sum();
    return new Totals(
        oblasts.stream().mapToLong(FiguresDao.OblastFigures::activeHubs).sum(),
        oblasts.stream().mapToLong(FiguresDao.OblastFigures::reportingHubs).sum(),
        oblasts.stream().mapToLong(FiguresDao.OblastFigures::sessions).sum(),
        String.format(Locale.ROOT, "%.0f", minutes / 60.0),
        oblasts.stream().mapToLong(FiguresDao.OblastFigures::attendances).sum(),
        oblasts.stream().mapToLong(FiguresDao.OblastFigures::women).sum(),
        oblasts.stream().mapToLong(FiguresDao.OblastFigures::men).sum());
  }

  public List<Line> getLines() {
    boolean english = "en".equals(getLang());
    return oblasts.stream()
        .map(
            o ->
                new Line(
                    english ? o.nameEn() : o.nameUk(),
                    o.activeHubs(),
                    o.reportingHubs(),
                    o.sessions(),
                    o.attendances(),
                    o.women(),
                    o.men()))
        .toList();
  }

  public List<Silent> getSilent() {
    boolean english = "en".equals(getLang());
    return silent.stream()
        .map(
            h ->
                new Silent(
                    Paths.hub(h.id()),
                    h.code(),
                    h.name(),
                    english ? h.oblastEn() : h.oblastUk(),
                    h.settlement()))
        .toList();
  }

  public long getSilentCount() {
    return silentCount;
  }

  public boolean isSilentCut() {
    return silentCount > silent.size();
  }

  public boolean isCurrent() {
    return current;
  }

  public String getPrevious() {
    return Paths.dashboard(quarter.previous());
  }

  public String getPreviousName() {
    return Quarters.name(quarter.previous(), getT());
  }

  public String getNext() {
    return current ? "" : Paths.dashboard(quarter.next());
  }

  public String getNextName() {
    return Quarters.name(quarter.next(), getT());
  }

  public String getWorkbook() {
    return Paths.quarterlyWorkbook(quarter);
  }

  public String getHubs() {
    return Paths.HUBS;
  }
}
