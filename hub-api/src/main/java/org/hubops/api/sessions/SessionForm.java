package org.hubops.api.sessions;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hubops.api.platform.Text;
import org.hubops.api.web.FormData;
import org.hubops.api.web.FormErrors;
import org.hubops.api.web.SessionLine;
import org.hubops.api.web.Typed;
import org.hubops.api.web.WebText;
import org.hubops.model.AgeBand;
import org.hubops.model.Gender;
import org.hubops.model.SessionFormat;
import org.hubops.model.SessionKind;
import org.hubops.model.rest.Attendee;
import org.hubops.model.rest.Session;
import org.hubops.model.rest.UnlinkedMarks;

/**
 * The session form as typed, read into what {@code SessionService} takes. Only the reading is done
 * here (is it a date? a number?); every rule about sessions stays in the service, whose messages
 * come back against the same field names.
 *
 * @param session the fields read, attendees not yet included
 * @param grid the walk-ins typed as counts
 * @param participantIds people picked from the register
 */
record SessionForm(Session session, AttendeeGrid grid, List<UUID> participantIds) {

  /** The form's fields and their labels, in page order, for the error summary. */
  static Map<String, String> labels(WebText text) {
    Map<String, String> labels = new LinkedHashMap<>();
    for (String field :
        List.of(
            "date",
            "startTime",
            "durationMinutes",
            "kind",
            "format",
            "attendees",
            "idp",
            "disability",
            "veteran",
            "topics",
            "equipmentIds",
            "title",
            "trainer",
            "notes")) {
      labels.put(field, text.get("session." + field));
      if (field.equals("attendees")) {
        // Each cell of the grid has its own message, in the grid's order: row by row.
        for (AgeBand band : AgeBand.values()) {
          for (Gender gender : Gender.values()) {
            labels.put(
                AttendeeGrid.cell(gender, band),
                text.get("grid." + gender.name()) + ", " + text.label(band));
          }
        }
      }
    }
    return labels;
  }

  /** Reads the form; what cannot be read is recorded in {@code errors} and left empty. */
  static SessionForm read(FormData form, UUID id, UUID hubId, WebText text, FormErrors errors) {
    Reader reader = new Reader(form, text, errors);
    LocalDate date = reader.parse("date", Typed::date, "2026-11-28");
    LocalTime start = reader.parse("startTime", Typed::time, "10:30");
    Integer minutes = reader.parse("durationMinutes", Integer::valueOf, text.get("form.number"));
    SessionKind kind = reader.parse("kind", SessionKind::valueOf, "");
    SessionFormat format = reader.parse("format", SessionFormat::valueOf, "");
    List<UUID> equipment = reader.ids("equipmentIds");
    List<UUID> participants = reader.ids("attendees", "participants");
    AttendeeGrid grid = AttendeeGrid.read(form, text, errors);
    Long version = form.whole("version").orElse(null);
    Session session =
        new Session(
            id,
            hubId,
            date,
            start,
            minutes,
            kind,
            format,
            form.text("title").orElse(null),
            form.all("topics"),
            form.text("trainer").orElse(null),
            form.text("notes").orElse(null),
            equipment,
            List.of(),
            version,
            null,
            null);
    return new SessionForm(session, grid, participants);
  }

  /** The same session with its attendees and the marks that belong to none of them. */
  Session with(List<Attendee> attendees, UnlinkedMarks unlinked) {
    return session.withPeople(attendees, unlinked);
  }

  /** A stored session put into the form, for editing. */
  static FormData fill(Session s) {
    FormData form =
        FormData.record(s.id(), s.version())
            .put("date", s.date())
            .put("startTime", s.startTime() == null ? "" : SessionLine.TIME.format(s.startTime()))
            .put("durationMinutes", s.durationMinutes())
            .put("kind", s.kind())
            .put("format", s.format())
            .put("title", s.title())
            .put("trainer", s.trainer())
            .put("notes", s.notes())
            .putAll("topics", s.topics())
            .putAll("equipmentIds", s.equipmentIds());
    List<UUID> picked = new ArrayList<>();
    s.attendees().stream()
        .filter(a -> a.participantId() != null)
        .forEach(a -> picked.add(a.participantId()));
    form.putAll("participants", picked);
    AttendeeGrid.of(s).fill(form);
    return form;
  }

  /** Reads fields one by one, noting each that is not in the expected format. */
  private record Reader(FormData form, WebText text, FormErrors errors) {

    interface Parser<T> {
      T parse(String text);
    }

    <T> T parse(String field, Parser<T> parser, String expected) {
      Optional<String> typed = form.text(field);
      if (typed.isEmpty()) {
        return null;
      }
      try {
        return parser.parse(typed.get());
      } catch (DateTimeParseException | IllegalArgumentException e) {
        errors.add(
            field,
            expected.isEmpty()
                ? text.messages().get("validation.required")
                : text.messages().get("validation.badFormat", expected));
        return null;
      }
    }

    List<UUID> ids(String field) {
      return ids(field, field);
    }

    /** The ids of checked boxes; one that is no id came from a tampered form. */
    List<UUID> ids(String field, String name) {
      List<UUID> ids = new ArrayList<>();
      for (String value : form.all(name)) {
        Optional<UUID> id = Text.uuid(value);
        if (id.isPresent()) {
          if (!ids.contains(id.get())) {
            ids.add(id.get());
          }
        } else {
          errors.add(field, text.messages().get("validation.otherHub"));
        }
      }
      return ids;
    }
  }
}
