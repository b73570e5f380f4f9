package org.hubops.api.sessions;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.hubops.model.SessionFormat;
import org.hubops.model.SessionKind;

/** A row of {@code session}: a session without its topics, equipment and attendees. */
public record SessionRow(
    UUID id,
    UUID hubId,
    LocalDate sessionDate,
    LocalTime startTime,
    int durationMinutes,
    SessionKind kind,
    SessionFormat format,
    String title,
    String trainer,
    String notes,
    long version,
    Instant createdAt,
    Instant updatedAt) {}
