package org.hubops.api.sessions;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hubops.model.rest.Attendee;
import org.hubops.model.rest.Session;

/**
 * Reads whole sessions (row + topics + equipment + attendees) and writes their parts, on one {@link
 * SessionDao} so that it runs inside the caller's transaction.
 */
final class SessionStore {

  private final SessionDao dao;

  SessionStore(SessionDao dao) {
    this.dao = dao;
  }

  Optional<Session> find(UUID id) {
    return dao.find(id).map(row -> assemble(List.of(row)).get(0));
  }

  /** The sessions of {@code rows} with their parts, read in three queries for the whole list. */
  List<Session> assemble(List<SessionRow> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    List<UUID> ids = rows.stream().map(SessionRow::id).toList();
    Map<UUID, List<String>> topics = new HashMap<>();
    dao.topicsOf(ids).forEach(l -> group(topics, l.sessionId()).add(l.linked()));
    Map<UUID, List<UUID>> equipment = new HashMap<>();
    dao.equipmentOf(ids)
        .forEach(l -> group(equipment, l.sessionId()).add(UUID.fromString(l.linked())));
    Map<UUID, List<Attendee>> attendees = new HashMap<>();
    dao.attendeesOf(ids)
        .forEach(
            a ->
                group(attendees, a.sessionId())
                    .add(
                        new Attendee(
                            a.participantId(),
                            a.gender(),
                            a.ageBand(),
                            a.idp(),
                            a.disability(),
                            a.veteran())));
    return rows.stream()
        .map(
            row ->
                new Session(
                    row.id(),
                    row.hubId(),
                    row.sessionDate(),
                    row.startTime(),
                    row.durationMinutes(),
                    row.kind(),
                    row.format(),
                    row.title(),
                    topics.getOrDefault(row.id(), List.of()),
                    row.trainer(),
                    row.notes(),
                    equipment.getOrDefault(row.id(), List.of()).stream().sorted().toList(),
                    attendees.getOrDefault(row.id(), List.of()),
                    row.version(),
                    row.createdAt(),
                    row.updatedAt()))
        .toList();
  }

  /** Writes topics, equipment and attendees of a session whose old parts are gone. */
  void insertParts(UUID sessionId, Session session) {
    dao.insertTopics(sessionId, session.topics());
    if (!session.equipmentIds().isEmpty()) {
      dao.insertEquipment(sessionId, session.equipmentIds());
    }
    List<AttendeeRow> rows = new ArrayList<>(session.attendees().size());
    for (int i = 0; i < session.attendees().size(); i++) {
      Attendee a = session.attendees().get(i);
      rows.add(
          new AttendeeRow(
              sessionId,
              i + 1,
              a.participantId(),
              a.gender(),
              a.ageBand(),
              a.idp(),
              a.disability(),
              a.veteran()));
    }
    if (!rows.isEmpty()) {
      dao.insertAttendees(rows);
    }
  }

  void deleteParts(UUID sessionId) {
    dao.deleteTopics(sessionId);
    dao.deleteEquipment(sessionId);
    dao.deleteAttendees(sessionId);
  }

  private static <T> List<T> group(Map<UUID, List<T>> groups, UUID key) {
    return groups.computeIfAbsent(key, k -> new ArrayList<>());
  }
}
