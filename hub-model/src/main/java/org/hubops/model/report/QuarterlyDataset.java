package org.hubops.model.report;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.hubops.model.Quarter;
import org.hubops.model.rest.Oblast;

/**
 * Everything the quarterly workbook shows except the session detail, which streams separately as
 * {@link SessionLine}s. Sent as JSON by {@code GET /reports/quarterly}.
 *
 * @param oblastCode the oblast the report is limited to, or {@code null} for the whole country
 * @param generatedAt when the service read the data
 * @param current the headline figures of the quarter
 * @param previous the same figures for the quarter before, for quarter-over-quarter change
 * @param months the quarter's three months, in order
 * @param regions every oblast of the scope, in the order to show
 * @param hubs every active hub of the scope, also those that logged nothing
 * @param topics the topics taught in the quarter
 * @param equipment the scope's equipment as of the quarter's end (or today, if sooner)
 * @param sessionIssues sessions without attendees and late entries
 * @param status whether these figures are final (the quarter is locked) or preliminary
 * @param completeness who has reported the quarter, as the reporting cycle stands when the report
 *     is read (never frozen: a hub reopened and resubmitted after the lock shows as it is), or
 *     {@code null} where the reader does not ask
 */
public record QuarterlyDataset(
    Quarter quarter,
    String oblastCode,
    Instant generatedAt,
    Overview current,
    Overview previous,
    List<MonthFigures> months,
    List<RegionFigures> regions,
    List<HubFigures> hubs,
    List<TopicFigures> topics,
    EquipmentDataset equipment,
    List<SessionIssue> sessionIssues,
    ReportStatus status,
    Completeness completeness) {

  public QuarterlyDataset {
    Objects.requireNonNull(quarter, "quarter");
    Objects.requireNonNull(generatedAt, "generatedAt");
    Objects.requireNonNull(current, "current");
    Objects.requireNonNull(previous, "previous");
    Objects.requireNonNull(equipment, "equipment");
    months = months == null ? List.of() : List.copyOf(months);
    regions = regions == null ? List.of() : List.copyOf(regions);
    hubs = hubs == null ? List.of() : List.copyOf(hubs);
    topics = topics == null ? List.of() : List.copyOf(topics);
    sessionIssues = sessionIssues == null ? List.of() : List.copyOf(sessionIssues);
    status = status == null ? ReportStatus.PRELIMINARY : status;
  }

  /** A dataset without completeness: the figures alone, as they are frozen. */
  public QuarterlyDataset(
      Quarter quarter,
      String oblastCode,
      Instant generatedAt,
      Overview current,
      Overview previous,
      List<MonthFigures> months,
      List<RegionFigures> regions,
      List<HubFigures> hubs,
      List<TopicFigures> topics,
      EquipmentDataset equipment,
      List<SessionIssue> sessionIssues,
      ReportStatus status) {
    this(
        quarter,
        oblastCode,
        generatedAt,
        current,
        previous,
        months,
        regions,
        hubs,
        topics,
        equipment,
        sessionIssues,
        status,
        null);
  }

  /** A preliminary dataset: the figures of a quarter that is not locked. */
  public QuarterlyDataset(
      Quarter quarter,
      String oblastCode,
      Instant generatedAt,
      Overview current,
      Overview previous,
      List<MonthFigures> months,
      List<RegionFigures> regions,
      List<HubFigures> hubs,
      List<TopicFigures> topics,
      EquipmentDataset equipment,
      List<SessionIssue> sessionIssues) {
    this(
        quarter,
        oblastCode,
        generatedAt,
        current,
        previous,
        months,
        regions,
        hubs,
        topics,
        equipment,
        sessionIssues,
        ReportStatus.PRELIMINARY);
  }

  /** The same figures with another status, e.g. as frozen when the quarter was locked. */
  public QuarterlyDataset withStatus(ReportStatus newStatus) {
    return new QuarterlyDataset(
        quarter,
        oblastCode,
        generatedAt,
        current,
        previous,
        months,
        regions,
        hubs,
        topics,
        equipment,
        sessionIssues,
        newStatus,
        completeness);
  }

  /** The same figures with who has reported the quarter. */
  public QuarterlyDataset withCompleteness(Completeness reported) {
    return new QuarterlyDataset(
        quarter,
        oblastCode,
        generatedAt,
        current,
        previous,
        months,
        regions,
        hubs,
        topics,
        equipment,
        sessionIssues,
        status,
        reported);
  }

  /** The oblasts of the report, for naming the oblast codes its rows carry. */
  public List<Oblast> oblasts() {
    return regions.stream().map(RegionFigures::oblast).toList();
  }
}
