package org.hubops.model.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.hubops.model.AgeBand;
import org.hubops.model.Gender;
import org.hubops.model.SessionKind;

/**
 * Everything the service holds about one person (GDPR art. 15, Law of Ukraine 2297-VI art. 8): the
 * register entry and every session they attended, as recorded there.
 *
 * @param exportedAt when this copy was made
 */
public record SubjectAccess(
    Instant exportedAt, Hub hub, Participant participant, List<Attendance> attendances) {

  /** One session attended, with the demographics recorded on that attendance. */
  public record Attendance(
      UUID sessionId,
      LocalDate date,
      LocalTime startTime,
      SessionKind kind,
      String title,
      Gender gender,
      AgeBand ageBand,
      boolean idp,
      boolean disability,
      boolean veteran) {}
}
