package org.hubops.api.sessions;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hubops.api.platform.Violations;
import org.hubops.model.rest.Attendee;
import org.hubops.model.rest.Hub;
import org.hubops.model.rest.Session;
import org.hubops.model.rest.UnlinkedMarks;

/**
 * What a session must satisfy before it is stored: the rules a coordinator would find fair, each
 * reported against the field at fault ({@code attendees[3].ageBand}).
 */
final class SessionRules {

  static final int MAX_ATTENDEES = 500;
  static final int MAX_DAYS_AHEAD = 7;
  static final int MAX_MINUTES = 600;

  private SessionRules() {}

  static void check(
      Session session, Hub hub, LocalDate today, References references, Violations violations) {
    LocalDate date = session.date();
    if (violations.required("date", date)) {
      if (date.isBefore(hub.openedOn())) {
        violations.add("date", "validation.dateBeforeOpening", hub.openedOn().toString());
      } else if (date.isAfter(today.plusDays(MAX_DAYS_AHEAD))) {
        violations.add("date", "validation.dateTooFarAhead", MAX_DAYS_AHEAD);
      }
    }
    violations.required("startTime", session.startTime());
    if (violations.required("durationMinutes", session.durationMinutes())) {
      violations.between("durationMinutes", session.durationMinutes(), 1, MAX_MINUTES);
    }
    violations.required("kind", session.kind());
    violations.required("format", session.format());
    violations.maxLength("title", session.title(), 200);
    violations.maxLength("trainer", session.trainer(), 200);
    violations.maxLength("notes", session.notes(), 2000);
    checkTopics(session.topics(), references.knownTopics(), violations);
    checkEquipment(session.equipmentIds(), references.hubEquipment(), violations);
    checkAttendees(session.attendees(), references.hubParticipants(), violations);
    checkUnlinked(session.attendees(), session.unlinkedMarks(), violations);
  }

  /**
   * Unlinked marks are people of the session without the mark of their own: at most as many as
   * there are such people, never fewer than none.
   */
  private static void checkUnlinked(
      List<Attendee> attendees, UnlinkedMarks marks, Violations violations) {
    int people = attendees.size();
    long idp = attendees.stream().filter(a -> a != null && a.idp()).count();
    long disability = attendees.stream().filter(a -> a != null && a.disability()).count();
    long veteran = attendees.stream().filter(a -> a != null && a.veteran()).count();
    checkUnlinked("idp", marks.idp(), people - idp, violations);
    checkUnlinked("disability", marks.disability(), people - disability, violations);
    checkUnlinked("veteran", marks.veteran(), people - veteran, violations);
  }

  private static void checkUnlinked(String mark, int count, long max, Violations violations) {
    String field = "unlinkedMarks." + mark;
    if (count < 0) {
      violations.add(field, "validation.between", 0, max);
    } else if (count > max) {
      violations.add(field, "validation.unlinkedMax", max);
    }
  }

  private static void checkTopics(List<String> topics, Set<String> known, Violations violations) {
    if (!violations.required("topics", topics)) {
      return;
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < topics.size(); i++) {
      String field = "topics[" + i + "]";
      String code = topics.get(i);
      if (!violations.required(field, code)) {
        continue;
      }
      if (!seen.add(code)) {
        violations.add(field, "validation.duplicate", code);
      } else if (!known.contains(code)) {
        violations.add(field, "validation.topicUnknown", code);
      }
    }
  }

  private static void checkEquipment(
      List<UUID> equipmentIds, Set<UUID> ofHub, Violations violations) {
    Set<UUID> seen = new HashSet<>();
    for (int i = 0; i < equipmentIds.size(); i++) {
      String field = "equipmentIds[" + i + "]";
      UUID id = equipmentIds.get(i);
      if (!violations.required(field, id)) {
        continue;
      }
      if (!seen.add(id)) {
        violations.add(field, "validation.duplicate", id);
      } else if (!ofHub.contains(id)) {
        violations.add(field, "validation.otherHub");
      }
    }
  }

  private static void checkAttendees(
      List<Attendee> attendees, Set<UUID> ofHub, Violations violations) {
    if (attendees.size() > MAX_ATTENDEES) {
      violations.add("attendees", "validation.tooMany", MAX_ATTENDEES);
      return;
    }
    Set<UUID> seen = new HashSet<>();
    for (int i = 0; i < attendees.size(); i++) {
      String field = "attendees[" + i + "]";
      Attendee attendee = attendees.get(i);
      if (!violations.required(field, attendee)) {
        continue;
      }
      violations.required(field + ".gender", attendee.gender());
      violations.required(field + ".ageBand", attendee.ageBand());
      UUID participant = attendee.participantId();
      if (participant != null && !ofHub.contains(participant)) {
        violations.add(field + ".participantId", "validation.otherHub");
      } else if (participant != null && !seen.add(participant)) {
        violations.add(field + ".participantId", "validation.duplicate", participant);
      }
    }
  }
}
