package org.hubops.model.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.hubops.model.SessionFormat;
import org.hubops.model.SessionKind;

/**
 * One training event at a hub, with the people who came.
 *
 * @param date local date in Kyiv
 * @param durationMinutes 1 to 600
 * @param topics topic codes, at least one
 * @param equipmentIds the hub's equipment used
 * @param version for optimistic locking; leave it out to create
 */
public record Session(
    UUID id,
    UUID hubId,
    LocalDate date,
    LocalTime startTime,
    Integer durationMinutes,
    SessionKind kind,
    SessionFormat format,
    String title,
    List<String> topics,
    String trainer,
    String notes,
    List<UUID> equipmentIds,
    List<Attendee> attendees,
    Long version,
    Instant createdAt,
    Instant updatedAt) {

  public Session {
    topics = topics == null ? List.of() : topics;
    equipmentIds = equipmentIds == null ? List.of() : equipmentIds;
    attendees = attendees == null ? List.of() : attendees;
  }
}
