package org.hubops.api.sessions;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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

  /**
   * {@code session} as {@link #assemble} reads it back once written: topics by code, equipment by
   * id, attendees in the order given.
   */
  static Session asStored(Session session, long version, Instant createdAt, Instant updatedAt) {
    return new Session(
        session.id(),
        session.hubId(),
        session.date(),
        session.startTime(),
        session.durationMinutes(),
        session.kind(),
        session.format(),
        session.title(),
        session.topics().stream().sorted().toList(),
        session.trainer(),
        session.notes(),
        session.equipmentIds().stream().sorted().toList(),
        session.attendees(),
        version,
        createdAt,
        updatedAt);
  }

  /**
   * Writes topics, equipment and attendees of sessions whose old parts are gone, in one batch per
   * table for all of them.
   */
  void insertParts(List<Session> sessions) {
    List<SessionLink> topics = new ArrayList<>();
    List<SessionLink> equipment = new ArrayList<>();
    List<AttendeeRow> attendees = new ArrayList<>();
    for (Session session : sessions) {
      UUID id = session.id();
      session.topics().forEach(code -> topics.add(new SessionLink(id, code)));
      session.equipmentIds().forEach(item -> equipment.add(new SessionLink(id, item.toString())));
      for (int i = 0; i < session.attendees().size(); i++) {
        Attendee a = session.attendees().get(i);
        attendees.add(
            new AttendeeRow(
                id,
                i + 1,
                a.participantId(),
                a.gender(),
                a.ageBand(),
                a.idp(),
                a.disability(),
                a.veteran()));
      }
    }
    if (!topics.isEmpty()) {
      dao.insertTopics(topics);
    }
    if (!equipment.isEmpty()) {
      dao.insertEquipment(equipment);
    }
    if (!attendees.isEmpty()) {
      dao.insertAttendees(attendees);
    }
    dao.updateHeadcounts(SessionDao.HEADCOUNT_ASSIGNMENTS, headcounts(sessions));
  }

  /**
   * Each session's id and {@link Headcounts}, as {@link SessionDao#updateHeadcounts} binds them.
   */
  private static List<Map<String, Object>> headcounts(List<Session> sessions) {
    List<Map<String, Object>> rows = new ArrayList<>(sessions.size());
    for (Session session : sessions) {
      long[] counts = Headcounts.of(session.attendees());
      Map<String, Object> row = new HashMap<>();
      row.put("id", session.id());
      for (int i = 0; i < counts.length; i++) {
        row.put(Headcounts.COLUMNS.get(i), counts[i]);
      }
      rows.add(row);
    }
    return rows;
  }

  void deleteParts(Collection<UUID> sessionIds) {
    for (List<UUID> chunk : chunks(List.copyOf(sessionIds))) {
      dao.deleteTopics(chunk);
      dao.deleteEquipment(chunk);
      dao.deleteAttendees(chunk);
    }
  }

  /** A retried create carries what was stored: same fields, same topics, same people. */
  static boolean sameContent(Session stored, Session sent) {
    return Objects.equals(stored.date(), sent.date())
        && Objects.equals(stored.startTime(), sent.startTime())
        && Objects.equals(stored.durationMinutes(), sent.durationMinutes())
        && stored.kind() == sent.kind()
        && stored.format() == sent.format()
        && Objects.equals(stored.title(), sent.title())
        && Objects.equals(stored.trainer(), sent.trainer())
        && Objects.equals(stored.notes(), sent.notes())
        && new HashSet<>(stored.topics()).equals(new HashSet<>(sent.topics()))
        && new HashSet<>(stored.equipmentIds()).equals(new HashSet<>(sent.equipmentIds()))
        && stored.attendees().equals(sent.attendees());
  }

  /**
   * {@code items} in slices of {@link SessionDao#CHUNK}: an {@code in (...)} list of every session
   * of a big import would exceed what a statement may bind.
   */
  static <T> List<List<T>> chunks(List<T> items) {
    List<List<T>> chunks = new ArrayList<>();
    for (int from = 0; from < items.size(); from += SessionDao.CHUNK) {
      chunks.add(items.subList(from, Math.min(items.size(), from + SessionDao.CHUNK)));
    }
    return chunks;
  }

  private static <T> List<T> group(Map<UUID, List<T>> groups, UUID key) {
    return groups.computeIfAbsent(key, k -> new ArrayList<>());
  }
}
