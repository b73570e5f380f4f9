package org.hubops.api.sessions;

import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.hubops.api.cycle.QuarterLockedException;
import org.hubops.api.participants.ParticipantService;
import org.hubops.api.platform.ProblemException;
import org.hubops.api.web.FormData;
import org.hubops.api.web.FormErrors;
import org.hubops.api.web.FormSubmit;
import org.hubops.api.web.Visitor;
import org.hubops.api.web.WebText;
import org.hubops.model.AgeBand;
import org.hubops.model.rest.Attendee;
import org.hubops.model.rest.Hub;
import org.hubops.model.rest.Participant;
import org.hubops.model.rest.Session;
import org.hubops.model.rest.UnlinkedMarks;

/**
 * Stores a posted session form through {@link SessionService} and answers as every form does
 * ({@link FormSubmit}): saved, or the form again with its messages, or with what is stored now.
 */
final class SessionSaver {

  private final SessionService sessions;
  private final ParticipantService participants;

  SessionSaver(SessionService sessions, ParticipantService participants) {
    this.sessions = sessions;
    this.participants = participants;
  }

  /**
   * @param saved the page to go on to once stored
   * @param page the form shown again with its errors, and with what is stored now when the save met
   *     a newer version (else null)
   */
  Response save(
      Visitor visitor,
      Hub hub,
      UUID id,
      FormData form,
      String saved,
      BiFunction<FormErrors, Session, ?> page) {
    WebText text = visitor.text();
    FormErrors errors = FormErrors.of(List.of(), SessionForm.labels(text));
    SessionForm read = SessionForm.read(form, id, hub.id(), text, errors);
    Session before = current(hub, id);
    List<Attendee> attendees = attendees(hub, read, before, text, errors);
    UnlinkedMarks marks = keepsWalkIns(read, before) ? before.unlinkedMarks() : read.grid().marks();
    if (!errors.isEmpty()) {
      // What could not be read is reported first (its field keeps that message); the rules then
      // add what else is wrong, so every error comes in one round.
      sessions
          .problems(hub, id, read.with(attendees, marks), text.messages())
          .forEach(e -> errors.add(FormErrors.baseOf(e.field()), e.message()));
    }
    AtomicReference<Session> stored = new AtomicReference<>();
    return FormSubmit.submit(
        errors,
        SessionForm.labels(text),
        () -> {
          sessions.put(hub, id, read.with(attendees, marks), visitor.actor(), text.messages());
          return saved;
        },
        (conflict, shown) -> {
          if (conflict instanceof QuarterLockedException) {
            // Nothing to merge with: the quarter is closed, and the page says so and by whom.
            shown.general(conflict.getMessage());
          } else {
            stored.set(conflict(hub, id, form, text, shown));
          }
          return Optional.empty();
        },
        shown -> page.apply(shown, stored.get()));
  }

  /**
   * Someone saved (or deleted) the session since the form was opened. The form keeps what this
   * person typed; it now carries the stored version, so saving again replaces what is stored,
   * knowingly. Answers what is stored now, null when it is gone.
   */
  private Session conflict(Hub hub, UUID id, FormData form, WebText text, FormErrors errors) {
    Session now = current(hub, id);
    if (now == null) {
      // Deleted, or the id belongs to another hub's session: this becomes a new session.
      form.put("id", UUID.randomUUID()).put("version", "");
      errors.general(text.get("session.goneConflict"));
      return null;
    }
    form.put("version", now.version());
    return now;
  }

  private Session current(Hub hub, UUID id) {
    try {
      return sessions.get(hub, id);
    } catch (ProblemException e) {
      return null;
    }
  }

  /** Whether an edit leaves the grid as stored, so the stored walk-ins and marks stay. */
  private static boolean keepsWalkIns(SessionForm read, Session before) {
    return before != null && read.grid().equals(AttendeeGrid.of(before));
  }

  /**
   * The people present: walk-ins from the grid and people picked from the register. When an edit
   * leaves the counts as they were, the stored walk-ins are kept as they are, so which person had
   * which flag stays as first logged (perhaps by the API, person by person).
   */
  private List<Attendee> attendees(
      Hub hub, SessionForm read, Session before, WebText text, FormErrors errors) {
    List<Attendee> people = new ArrayList<>();
    List<Attendee> stored = before == null ? List.of() : before.attendees();
    if (keepsWalkIns(read, before)) {
      stored.stream().filter(a -> a.participantId() == null).forEach(people::add);
    } else {
      people.addAll(read.grid().expand());
    }
    Map<UUID, Attendee> linked =
        stored.stream()
            .filter(a -> a.participantId() != null)
            .collect(Collectors.toMap(Attendee::participantId, a -> a, (a, b) -> a));
    for (UUID id : read.participantIds()) {
      if (linked.containsKey(id)) {
        people.add(linked.get(id));
        continue;
      }
      try {
        Participant p = participants.get(hub, id);
        AgeBand band = AgeBand.atSession(p.birthYear(), read.session().date());
        people.add(new Attendee(id, p.gender(), band, p.idp(), p.disability(), p.veteran()));
      } catch (ProblemException e) {
        errors.add("attendees", text.messages().get("validation.otherHub"));
      }
    }
    return people;
  }
}
