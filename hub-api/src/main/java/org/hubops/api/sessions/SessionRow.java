package org.hubops.api.sessions;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import org.hubops.model.SessionFormat;
import org.hubops.model.SessionKind;
import org.hubops.model.rest.UnlinkedMarks;

/**
 * A row of {@code session}: a session without its topics, equipment and attendees.
 *
 * @param uIdp the session's unlinked IDP marks ({@code u_idp}), and so on
 */
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
    Instant updatedAt,
    int uIdp,
    int uDisability,
    int uVeteran) {

  UnlinkedMarks unlinkedMarks() {
    return new UnlinkedMarks(uIdp, uDisability, uVeteran);
  }
}
