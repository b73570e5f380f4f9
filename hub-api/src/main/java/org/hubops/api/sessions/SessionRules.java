package org.hubops.api.sessions;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.hubops.api.platform.Violations;
import org.hubops.api.reference.ReferenceDao;
import org.hubops.model.rest.Attendee;
import org.hubops.model.rest.Hub;
import org.hubops.model.rest.Session;

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
      Session session,
      Hub hub,
      LocalDate today,
      SessionDao sessions,
      ReferenceDao reference,
      Violations violations) {
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
    checkTopics(session.topics(), reference, violations);
    checkEquipment(session.equipmentIds(), hub.id(), sessions, violations);
    checkAttendees(session.attendees(), hub.id(), sessions, violations);
  }

  private static void checkTopics(
      List<String> topics, ReferenceDao reference, Violations violations) {
    if (!violations.required("topics", topics)) {
      return;
    }
    List<String> codes = topics.stream().filter(Objects::nonNull).toList();
    Set<String> known = codes.isEmpty() ? Set.of() : reference.knownTopics(codes);
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
      List<UUID> equipmentIds, UUID hubId, SessionDao sessions, Violations violations) {
    if (equipmentIds.isEmpty()) {
      return;
    }
    List<UUID> ids = equipmentIds.stream().filter(Objects::nonNull).toList();
    Set<UUID> ofHub = ids.isEmpty() ? Set.of() : sessions.equipmentOfHub(hubId, ids);
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
      List<Attendee> attendees, UUID hubId, SessionDao sessions, Violations violations) {
    if (attendees.size() > MAX_ATTENDEES) {
      violations.add("attendees", "validation.tooMany", MAX_ATTENDEES);
      return;
    }
    Set<UUID> linked = new LinkedHashSet<>();
    for (Attendee attendee : attendees) {
      if (attendee != null && attendee.participantId() != null) {
        linked.add(attendee.participantId());
      }
    }
    Set<UUID> ofHub = linked.isEmpty() ? Set.of() : sessions.participantsOfHub(hubId, linked);
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
