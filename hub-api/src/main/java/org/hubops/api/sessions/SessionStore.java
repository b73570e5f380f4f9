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
import org.hubops.api.reports.Headcounts;
import org.hubops.model.rest.Attendee;
import org.hubops.model.rest.Session;
import org.jdbi.v3.core.Handle;

/**
 * The repository of whole sessions (row, topics, equipment, attendees and headcounts): the only
 * class that turns sessions into rows and rows into sessions, on the caller's handle so that it
 * runs inside the caller's transaction. {@link SessionBulk} decides what to write; this writes it,
 * one batched statement per table for any number of sessions.
 */
final class SessionStore {

  private final SessionDao dao;

  SessionStore(Handle handle) {
    this(handle.attach(SessionDao.class));
  }

  SessionStore(SessionDao dao) {
    this.dao = dao;
  }

  SessionDao dao() {
    return dao;
  }

  Optional<Session> find(UUID id) {
    return dao.find(id).map(row -> assemble(List.of(row)).get(0));
  }

  /** What holds each of {@code ids}, and those of them live in {@code hubId}, read whole. */
  record Held(Map<UUID, SessionOwner> owners, Map<UUID, Session> sessions) {}

  /**
   * Who holds each of {@code ids}, and the live sessions of {@code hubId} among them: one query
   * when none is stored yet (a new session), the parts only of those that are.
   */
  Held held(List<UUID> ids, UUID hubId) {
    Map<UUID, SessionOwner> owners = new HashMap<>();
    Map<UUID, Session> sessions = new HashMap<>();
    for (List<UUID> chunk : chunks(ids)) {
      List<UUID> ours = new ArrayList<>();
      for (SessionOwner owner : dao.ownersOf(chunk)) {
        owners.put(owner.id(), owner);
        if (owner.hubId().equals(hubId) && !owner.deleted()) {
          ours.add(owner.id());
        }
      }
      if (!ours.isEmpty()) {
        assemble(dao.findAll(ours)).forEach(s -> sessions.put(s.id(), s));
      }
    }
    return new Held(owners, sessions);
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
                    row.unlinkedMarks(),
                    row.version(),
                    row.createdAt(),
                    row.updatedAt()))
        .toList();
  }

  /**
   * {@code session} as {@link #assemble} reads it back once written: topics by code, equipment by
   * id, attendees in the order given. The one shape a writer answers and audits, so the trail's
   * "after" is the same whichever door the session came in by.
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
        session.unlinkedMarks(),
        version,
        createdAt,
        updatedAt);
  }

  /**
   * Stores new sessions at version 1 with their parts; {@code imported} marks that version as an
   * import's own.
   */
  void insert(List<Session> sessions, Instant now, String actor, boolean imported) {
    if (sessions.isEmpty()) {
      return;
    }
    dao.insertAll(
        SessionDao.HEADCOUNT_COLUMNS,
        SessionDao.HEADCOUNT_VALUES,
        sessions.stream().map(s -> row(s, 1L)).toList(),
        headcounts(sessions),
        imported ? 1L : null,
        now,
        actor);
    insertParts(sessions);
  }

  /**
   * Replaces sessions, each only at its version in {@code versions}, and their parts; returns, in
   * the order of {@code sessions}, 0 for a session whose version was stale (nothing else of it is
   * then worth keeping: the caller rolls back).
   */
  int[] update(List<Session> sessions, Map<UUID, Long> versions, Instant now, boolean imported) {
    if (sessions.isEmpty()) {
      return new int[0];
    }
    int[] counts =
        dao.updateAll(
            SessionDao.HEADCOUNT_ASSIGNMENTS,
            sessions.stream().map(s -> row(s, versions.get(s.id()))).toList(),
            headcounts(sessions),
            imported,
            now);
    for (List<UUID> chunk : chunks(sessions.stream().map(Session::id).toList())) {
      dao.deleteTopics(chunk);
      dao.deleteEquipment(chunk);
      dao.deleteAttendees(chunk);
    }
    insertParts(sessions);
    return counts;
  }

  /** Marks sessions (id → version) as agreeing with an import at the version they have. */
  void markImported(Map<UUID, Long> versions) {
    if (!versions.isEmpty()) {
      dao.markImported(
          versions.entrySet().stream()
              .map(e -> new SessionVersion(e.getKey(), e.getValue()))
              .toList());
    }
  }

  /** Writes topics, equipment and attendees of sessions without parts, one batch per table. */
  private void insertParts(List<Session> sessions) {
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
  }

  /** Each session's {@link Headcounts} by column, as the session statements bind them. */
  private static List<Map<String, Object>> headcounts(List<Session> sessions) {
    List<Map<String, Object>> rows = new ArrayList<>(sessions.size());
    for (Session session : sessions) {
      long[] counts = Headcounts.of(session.attendees(), session.unlinkedMarks());
      Map<String, Object> row = new HashMap<>();
      for (int i = 0; i < counts.length; i++) {
        row.put(Headcounts.COLUMNS.get(i), counts[i]);
      }
      rows.add(row);
    }
    return rows;
  }

  private static SessionRow row(Session s, long version) {
    return new SessionRow(
        s.id(),
        s.hubId(),
        s.date(),
        s.startTime(),
        s.durationMinutes(),
        s.kind(),
        s.format(),
        s.title(),
        s.trainer(),
        s.notes(),
        version,
        null,
        null,
        s.unlinkedMarks().idp(),
        s.unlinkedMarks().disability(),
        s.unlinkedMarks().veteran());
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
        && stored.attendees().equals(sent.attendees())
        && stored.unlinkedMarks().equals(sent.unlinkedMarks());
  }

  /**
   * {@code items} in slices of {@link SessionDao#CHUNK}: an {@code in (...)} list of every session
   * of a big import would exceed what a statement may bind.
   */
  static <T> List<List<T>> chunks(Collection<T> items) {
    List<T> list = List.copyOf(items);
    List<List<T>> chunks = new ArrayList<>();
    for (int from = 0; from < list.size(); from += SessionDao.CHUNK) {
      chunks.add(list.subList(from, Math.min(list.size(), from + SessionDao.CHUNK)));
    }
    return chunks;
  }

  private static <T> List<T> group(Map<UUID, List<T>> groups, UUID key) {
    return groups.computeIfAbsent(key, k -> new ArrayList<>());
  }
}
