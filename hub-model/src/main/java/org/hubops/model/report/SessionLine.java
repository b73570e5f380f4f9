package org.hubops.model.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.hubops.model.SessionFormat;
import org.hubops.model.SessionKind;

/**
 * One session in a report's detail sheet. It carries counts only: no title, notes, trainer or
 * attendee identities, because those may name people and the detail goes to donors.
 *
 * @param date the session's local date in Kyiv
 * @param topics topic codes
 * @param durationMinutes 1 to 600
 * @param attendees the people present, counted
 * @param createdAt when the session was first recorded, for late entries
 */
public record SessionLine(
    LocalDate date,
    HubRef hub,
    SessionKind kind,
    SessionFormat format,
    List<String> topics,
    int durationMinutes,
    Headcount attendees,
    Instant createdAt) {

  public SessionLine {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(hub, "hub");
    Objects.requireNonNull(createdAt, "createdAt");
    topics = topics == null ? List.of() : List.copyOf(topics);
    attendees = Objects.requireNonNullElse(attendees, Headcount.NONE);
  }

  /** Whether it was recorded more than {@link ReportRules#LATE_ENTRY_DAYS} after its date. */
  public boolean recordedLate() {
    return ReportRules.isLateEntry(date, createdAt);
  }
}
