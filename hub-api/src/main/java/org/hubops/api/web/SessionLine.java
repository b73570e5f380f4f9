package org.hubops.api.web;

import java.time.format.DateTimeFormatter;
import org.hubops.model.rest.Session;

/** A session as one line of a list. */
public record SessionLine(
    String href,
    String date,
    String time,
    String kind,
    String title,
    int attendees,
    String topics,
    String minutes) {

  public static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
  public static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  public static SessionLine of(Session session, WebText text) {
    return new SessionLine(
        Paths.session(session.hubId(), session.id()),
        session.date() == null ? "" : DATE.format(session.date()),
        session.startTime() == null ? "" : TIME.format(session.startTime()),
        text.label(session.kind()),
        session.title() == null ? "" : session.title(),
        session.attendees().size(),
        String.join(", ", session.topics()),
        String.valueOf(session.durationMinutes()));
  }
}
