package org.hubops.api.sessions;

import static org.hubops.api.platform.Text.clean;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.hubops.api.audit.AuditEntity;
import org.hubops.api.audit.AuditLog;
import org.hubops.api.cycle.QuarterGuard;
import org.hubops.api.platform.Database;
import org.hubops.api.platform.DatabaseConflict;
import org.hubops.api.platform.Messages;
import org.hubops.api.platform.PageRequest;
import org.hubops.api.platform.ProblemException;
import org.hubops.api.platform.Violations;
import org.hubops.api.reference.ReferenceDao;
import org.hubops.api.reports.FigureRollup;
import org.hubops.model.Kyiv;
import org.hubops.model.rest.Hub;
import org.hubops.model.rest.Page;
import org.hubops.model.rest.Problem.FieldError;
import org.hubops.model.rest.Session;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Logs, changes and deletes sessions, each write in one transaction so nothing half-written stays.
 * A create is keyed by the client's id, so a coordinator whose connection dropped can send the same
 * session again and it is stored once.
 */
public final class SessionService {

  /** The outcome of a write: the stored session, and whether this request created it. */
  public record Written(Session session, boolean created) {}

  private final Jdbi jdbi;
  private final Clock clock;
  private final AuditLog audit;

  public SessionService(Jdbi jdbi, Clock clock, AuditLog audit) {
    this.jdbi = jdbi;
    this.clock = clock;
    this.audit = audit;
  }

  public Page<Session> list(Hub hub, LocalDate from, LocalDate to, PageRequest paging) {
    return jdbi.inTransaction(
        handle -> {
          SessionDao dao = handle.attach(SessionDao.class);
          List<SessionRow> rows = dao.list(hub.id(), from, to, paging.size(), paging.offset());
          return new Page<>(
              new SessionStore(dao).assemble(rows),
              paging.page(),
              paging.size(),
              dao.count(hub.id(), from, to));
        });
  }

  /** A session of {@code hub}; another hub's session is as absent as a missing one. */
  public Session get(Hub hub, UUID id) {
    return jdbi.inTransaction(
        handle ->
            new SessionStore(handle.attach(SessionDao.class))
                .find(id)
                .filter(s -> s.hubId().equals(hub.id()))
                .orElseThrow(() -> ProblemException.notFound("Session " + id)));
  }

  /** Creates the session {@code id} or, given its current version, replaces it. */
  public Written put(Hub hub, UUID id, Session input, String actor, Messages messages) {
    Session session = normalized(input, id, hub.id());
    try {
      return jdbi.inTransaction(handle -> write(handle, hub, session, input, actor, messages));
    } catch (RuntimeException e) {
      if (!Database.isUniqueViolation(e) && !DatabaseConflict.isCause(e)) {
        throw e;
      }
      // The same create arrived twice at once and the other copy won, or the database gave up on
      // this transaction for another that held the row (H2 says "concurrent update" when a lock
      // it waited for is released): once more from the start answers as a replay, an edit or a
      // clean version conflict.
      return jdbi.inTransaction(handle -> write(handle, hub, session, input, actor, messages));
    }
  }

  /**
   * Every rule the session breaks, without storing it: a form whose other fields could not be read
   * still hears about these at once, not in a second round (issue #16, defect 5).
   */
  public List<FieldError> problems(Hub hub, UUID id, Session input, Messages messages) {
    Session session = normalized(input, id, hub.id());
    return jdbi.inTransaction(
        handle -> {
          Violations violations = new Violations(messages);
          References references =
              References.of(
                  List.of(session),
                  hub.id(),
                  handle.attach(SessionDao.class),
                  handle.attach(ReferenceDao.class));
          SessionRules.check(session, hub, Kyiv.today(clock), references, violations);
          return violations.errors();
        });
  }

  public void delete(Hub hub, UUID id, Long version, String actor, Messages messages) {
    jdbi.useTransaction(
        handle -> {
          SessionDao dao = handle.attach(SessionDao.class);
          Session current =
              new SessionStore(dao)
                  .find(id)
                  .filter(s -> s.hubId().equals(hub.id()))
                  .orElseThrow(() -> ProblemException.notFound("Session " + id));
          QuarterGuard.of(handle, hub.id()).check(messages, current.date());
          long expected = version == null ? current.version() : version;
          if (dao.softDelete(id, expected, clock.instant()) == 0) {
            throw ProblemException.staleVersion("Session " + id, current.version());
          }
          FigureRollup.recount(handle, List.of(current), Map.of());
          audit.deleted(handle, actor, AuditEntity.SESSION, id, current);
        });
  }

  private Written write(
      Handle handle, Hub hub, Session session, Session input, String actor, Messages messages) {
    SessionDao dao = handle.attach(SessionDao.class);
    SessionStore store = new SessionStore(dao);
    Optional<UUID> owner = dao.hubOfAnySession(session.id());
    if (owner.isPresent() && !owner.get().equals(hub.id())) {
      throw ProblemException.conflict("Session id " + session.id() + " is already used");
    }
    Optional<Session> current = owner.isPresent() ? store.find(session.id()) : Optional.empty();
    if (owner.isPresent() && current.isEmpty()) {
      throw ProblemException.conflict("Session " + session.id() + " was deleted");
    }
    if (current.isPresent() && input.version() == null) {
      if (SessionStore.sameContent(current.get(), session)) {
        return new Written(current.get(), false);
      }
      throw ProblemException.conflict(
          "Session " + session.id() + " already exists; send its version to change it");
    }
    // Moving a session out of a locked quarter changes it as much as moving one in.
    QuarterGuard.of(handle, hub.id())
        .check(messages, session.date(), current.map(Session::date).orElse(null));
    Violations violations = new Violations(messages);
    checkIdentity(input, session, violations);
    References references =
        References.of(List.of(session), hub.id(), dao, handle.attach(ReferenceDao.class));
    SessionRules.check(session, hub, Kyiv.today(clock), references, violations);
    violations.throwIfAny();
    SessionRow row = toRow(session, input.version() == null ? 1L : input.version());
    // To the microsecond, as both databases keep it: the session answered is the one a read gets.
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    if (current.isEmpty()) {
      dao.insert(row, now, actor);
    } else {
      if (dao.update(row, now) == 0) {
        throw ProblemException.staleVersion("Session " + session.id(), current.get().version());
      }
      store.deleteParts(List.of(session.id()));
    }
    store.insertParts(List.of(session));
    FigureRollup.recount(
        handle, List.of(session), current.map(c -> Map.of(c.id(), c)).orElse(Map.of()));
    // Not read back: four queries of the sixteen it took to log a session (docs/benchmarks.md).
    Session stored =
        SessionStore.asStored(
            session,
            current.isEmpty() ? 1L : input.version() + 1,
            current.map(Session::createdAt).orElse(now),
            now);
    if (current.isEmpty()) {
      audit.created(handle, actor, AuditEntity.SESSION, stored.id(), stored);
    } else {
      audit.updated(handle, actor, AuditEntity.SESSION, stored.id(), current.get(), stored);
    }
    return new Written(stored, current.isEmpty());
  }

  private static void checkIdentity(Session input, Session session, Violations violations) {
    violations.matchesIfGiven("id", input.id(), session.id(), "validation.idMismatch");
    violations.matchesIfGiven("hubId", input.hubId(), session.hubId(), "validation.idMismatch");
  }

  static Session normalized(Session in, UUID id, UUID hubId) {
    return normalized(in, id, hubId, in.notes());
  }

  /** Text trimmed (blank is null), start time to the minute, ids from the address. */
  static Session normalized(Session in, UUID id, UUID hubId, String notes) {
    List<String> topics = in.topics().stream().map(t -> t == null ? null : clean(t)).toList();
    return new Session(
        id,
        hubId,
        in.date(),
        // People log minutes; H2 and PostgreSQL keep different fractions of a second.
        in.startTime() == null ? null : in.startTime().truncatedTo(ChronoUnit.MINUTES),
        in.durationMinutes(),
        in.kind(),
        in.format(),
        clean(in.title()),
        topics,
        clean(in.trainer()),
        clean(notes),
        in.equipmentIds(),
        in.attendees(),
        in.version(),
        null,
        null);
  }

  static SessionRow toRow(Session s, long version) {
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
        null);
  }
}
