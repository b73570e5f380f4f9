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
 * @param unlinkedMarks IDP, disability and veteran counts of the session that belong to no attendee
 *     (the attendance grid's); an attendee's own flags are counted besides
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
    UnlinkedMarks unlinkedMarks,
    Long version,
    Instant createdAt,
    Instant updatedAt) {

  public Session {
    topics = topics == null ? List.of() : topics;
    equipmentIds = equipmentIds == null ? List.of() : equipmentIds;
    attendees = attendees == null ? List.of() : attendees;
    unlinkedMarks = unlinkedMarks == null ? UnlinkedMarks.NONE : unlinkedMarks;
  }

  /** A session whose marks are all its attendees' own (none unlinked). */
  public Session(
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
    this(
        id,
        hubId,
        date,
        startTime,
        durationMinutes,
        kind,
        format,
        title,
        topics,
        trainer,
        notes,
        equipmentIds,
        attendees,
        UnlinkedMarks.NONE,
        version,
        createdAt,
        updatedAt);
  }

  /** The same session with other people present and other marks that belong to none of them. */
  public Session withPeople(List<Attendee> people, UnlinkedMarks unlinked) {
    return new Session(
        id,
        hubId,
        date,
        startTime,
        durationMinutes,
        kind,
        format,
        title,
        topics,
        trainer,
        notes,
        equipmentIds,
        people,
        unlinked,
        version,
        createdAt,
        updatedAt);
  }
}
