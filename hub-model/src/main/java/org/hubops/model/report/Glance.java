package org.hubops.model.report;

import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.hubops.model.Quarter;
import org.hubops.model.rest.Oblast;

/**
 * A quarter at a glance, as the staff dashboard shows it: the sessions and attendances of the
 * country (or one oblast) and of each oblast, the active hubs and how many of them logged, and the
 * active hubs that logged nothing. The same figures as the quarter's {@link QuarterlyDataset} (a
 * locked quarter's are frozen with it), without what is slow to count: unique people, topics, the
 * hubs' own lines.
 *
 * @param oblastCode the oblast the glance is limited to, or {@code null} for the whole country
 * @param status whether these are the frozen figures of a locked quarter
 * @param total the whole scope
 * @param oblasts every oblast of the scope, in the dataset's order
 * @param silentCount how many active hubs logged nothing
 * @param silent the first of them (at most {@link #SILENT_SHOWN}), by oblast and code
 */
public record Glance(
    Quarter quarter,
    String oblastCode,
    ReportStatus status,
    Line total,
    List<Line> oblasts,
    int silentCount,
    List<SilentHub> silent) {

  /** Enough to call through in a week; the workbook lists them all. */
  public static final int SILENT_SHOWN = 100;

  public Glance {
    Objects.requireNonNull(quarter, "quarter");
    Objects.requireNonNull(total, "total");
    status = status == null ? ReportStatus.PRELIMINARY : status;
    oblasts = oblasts == null ? List.of() : List.copyOf(oblasts);
    silent = silent == null ? List.of() : List.copyOf(silent);
  }

  /** The same glance marked {@code status}. */
  public Glance withStatus(ReportStatus status) {
    return new Glance(quarter, oblastCode, status, total, oblasts, silentCount, silent);
  }

  /**
   * What a scope did: sessions, their minutes and the attendances (one per attendee row).
   *
   * @param attendances attendances by sex and age band, with the IDP, disability and veteran counts
   */
  public record Activity(long sessions, long trainingMinutes, Headcount attendances) {

    public static final Activity NONE = new Activity(0, 0, Headcount.NONE);

    public Activity {
      attendances = Objects.requireNonNullElse(attendances, Headcount.NONE);
    }

    /** The activity part of a dataset's figures. */
    public static Activity of(Figures figures) {
      return new Activity(figures.sessions(), figures.trainingMinutes(), figures.attendances());
    }

    /** Training hours: the sum of session durations divided by 60. */
    public double trainingHours() {
      return trainingMinutes / 60.0;
    }
  }

  /**
   * One line: the whole scope's ({@code oblast} null) or an oblast's.
   *
   * @param activeHubs hubs active on some day of the quarter
   * @param reportingHubs active hubs that logged at least one session in it
   */
  public record Line(Oblast oblast, int activeHubs, int reportingHubs, Activity activity) {

    public Line {
      activity = Objects.requireNonNullElse(activity, Activity.NONE);
    }
  }

  /** An active hub that logged nothing in the quarter, with what links to it. */
  public record SilentHub(UUID id, String code, String name, String settlement, String oblastCode) {

    public SilentHub {
      Objects.requireNonNull(code, "code");
    }
  }
}
