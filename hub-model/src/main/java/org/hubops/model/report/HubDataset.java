package org.hubops.model.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.hubops.model.rest.Oblast;

/**
 * One hub's report for a date range, except its session detail, which streams separately as {@link
 * SessionLine}s. Sent as JSON by {@code GET /hubs/{hubId}/report}.
 *
 * @param from first session date included
 * @param to last session date included
 * @param equipment all of the hub's equipment, whatever its status
 * @param sessionIssues the hub's sessions without attendees and late entries
 */
public record HubDataset(
    HubRef hub,
    Oblast oblast,
    LocalDate from,
    LocalDate to,
    Instant generatedAt,
    Figures figures,
    List<MonthFigures> months,
    List<TopicFigures> topics,
    List<EquipmentItem> equipment,
    List<SessionIssue> sessionIssues) {

  public HubDataset {
    Objects.requireNonNull(hub, "hub");
    Objects.requireNonNull(oblast, "oblast");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(generatedAt, "generatedAt");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("the range ends before it starts: " + from + ".." + to);
    }
    figures = Objects.requireNonNullElse(figures, Figures.NONE);
    months = months == null ? List.of() : List.copyOf(months);
    topics = topics == null ? List.of() : List.copyOf(topics);
    equipment = equipment == null ? List.of() : List.copyOf(equipment);
    sessionIssues = sessionIssues == null ? List.of() : List.copyOf(sessionIssues);
  }
}
