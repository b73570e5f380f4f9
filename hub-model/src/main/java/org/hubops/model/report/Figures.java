package org.hubops.model.report;

import java.util.Objects;

/**
 * The figures of a report, for any slice (the country, a month, an oblast, a hub, a topic).
 *
 * @param sessions sessions held (not deleted)
 * @param trainingMinutes sum of the sessions' durations; see {@link #trainingHours()}
 * @param attendances one per attendee row: a person at three sessions counts three times
 * @param uniqueParticipants distinct registered participants who attended at least once, by their
 *     register's sex and their age band at their first session of the period; walk-ins not on the
 *     register count as attendances only. A person registered at two hubs counts at each, so hub
 *     figures add up to oblast and national figures.
 */
public record Figures(
    long sessions, long trainingMinutes, Headcount attendances, Headcount uniqueParticipants) {

  /** No activity at all: a hub that logged nothing. */
  public static final Figures NONE = new Figures(0, 0, Headcount.NONE, Headcount.NONE);

  public Figures {
    attendances = Objects.requireNonNullElse(attendances, Headcount.NONE);
    uniqueParticipants = Objects.requireNonNullElse(uniqueParticipants, Headcount.NONE);
    if (sessions < 0 || trainingMinutes < 0) {
      throw new IllegalArgumentException("sessions and training minutes must not be negative");
    }
  }

  /** Training hours: the sum of session durations divided by 60. */
  public double trainingHours() {
    return trainingMinutes / 60.0;
  }

  /** These figures and {@code other} together. */
  public Figures plus(Figures other) {
    return new Figures(
        sessions + other.sessions,
        trainingMinutes + other.trainingMinutes,
        attendances.plus(other.attendances),
        uniqueParticipants.plus(other.uniqueParticipants));
  }
}
