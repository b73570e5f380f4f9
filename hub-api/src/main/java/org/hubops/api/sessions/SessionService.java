package org.hubops.api.sessions;

import static org.hubops.api.platform.Text.clean;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hubops.api.audit.AuditEntity;
import org.hubops.api.audit.AuditLog;
import org.hubops.api.cycle.QuarterGuard;
import org.hubops.api.platform.Database;
import org.hubops.api.platform.DatabaseConflict;
import org.hubops.api.platform.Messages;
import org.hubops.api.platform.PageRequest;
import org.hubops.api.platform.ProblemException;
import org.hubops.api.reports.FigureRollup;
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

  /** What storing does to one session of a plan. */
  public enum Outcome {
    CREATED,
    UPDATED,
    UNCHANGED
  }

  /**
   * What storing the sessions would do.
   *
   * @param sessions as they would be stored, in the order sent
   * @param outcomes for each session, in the same order
   * @param problems the rules each session breaks, by its index, with the API's field names ({@code
   *     date}, {@code attendees[3].ageBand})
   * @param versions the stored version of each session to be updated
   * @param stored the sessions as stored before, by id, for the audit trail's "before"
   * @param adopted sessions the file leaves unchanged that no import wrote at their present version
   *     (edited since, or never imported), by id with that version: the file agrees with them, so
   *     the import marks that version as its own and a later corrected file may update them
   */
  public record Plan(
      List<Session> sessions,
      List<Outcome> outcomes,
      Map<Integer, List<FieldError>> problems,
      Map<UUID, Long> versions,
      Map<UUID, Session> stored,
      Map<UUID, Long> adopted) {

    public boolean valid() {
      return problems.isEmpty();
    }
  }

  private final Jdbi jdbi;
  private final Clock clock;
  private final AuditLog audit;
  private final SessionBulk writer;

  public SessionService(Jdbi jdbi, Clock clock, AuditLog audit) {
    this.jdbi = jdbi;
    this.clock = clock;
    this.audit = audit;
    this.writer = new SessionBulk(clock, audit);
  }

  public Page<Session> list(Hub hub, LocalDate from, LocalDate to, PageRequest paging) {
    return jdbi.inTransaction(
        handle -> {
          SessionStore store = new SessionStore(handle);
          SessionDao dao = store.dao();
          List<SessionRow> rows = dao.list(hub.id(), from, to, paging.size(), paging.offset());
          return new Page<>(
              store.assemble(rows), paging.page(), paging.size(), dao.count(hub.id(), from, to));
        });
  }

  /** A session of {@code hub}; another hub's session is as absent as a missing one. */
  public Session get(Hub hub, UUID id) {
    return jdbi.inTransaction(
        handle ->
            new SessionStore(handle)
                .find(id)
                .filter(s -> s.hubId().equals(hub.id()))
                .orElseThrow(() -> ProblemException.notFound("Session " + id)));
  }

  /** Creates the session {@code id} or, given its current version, replaces it. */
  public Written put(Hub hub, UUID id, Session input, String actor, Messages messages) {
    try {
      return jdbi.inTransaction(handle -> writer.put(handle, hub, id, input, actor, messages));
    } catch (RuntimeException e) {
      if (!Database.isUniqueViolation(e) && !DatabaseConflict.isCause(e)) {
        throw e;
      }
      // The same create arrived twice at once and the other copy won, or the database gave up on
      // this transaction for another that held the row (H2 says "concurrent update" when a lock
      // it waited for is released): once more from the start answers as a replay, an edit or a
      // clean version conflict.
      return jdbi.inTransaction(handle -> writer.put(handle, hub, id, input, actor, messages));
    }
  }

  /**
   * What storing one chunk of an import would do, checked against the rules and what is stored, on
   * the import's handle and transaction; writes nothing. A stored id is replaced unless nothing
   * changed, every refusal is a problem of its row, and notes the file does not carry are kept.
   */
  public Plan planImport(Handle handle, Hub hub, List<Session> sent, Messages messages) {
    return writer.plan(handle, hub, sent, messages);
  }

  /**
   * Stores a valid plan of an import's chunk in the transaction that made it, in one batched
   * statement a table, with an audit entry for each session created or updated; the months it
   * touches are added to {@code rollup}, for the import to count again once, after its last chunk.
   */
  public void writeImport(Handle handle, Plan plan, String actor, FigureRollup.Pending rollup) {
    writer.write(handle, plan, actor, rollup);
  }

  /**
   * Every rule the session breaks, without storing it: a form whose other fields could not be read
   * still hears about these at once, not in a second round (issue #16, defect 5).
   */
  public List<FieldError> problems(Hub hub, UUID id, Session input, Messages messages) {
    return jdbi.inTransaction(handle -> writer.problems(handle, hub, id, input, messages));
  }

  public void delete(Hub hub, UUID id, Long version, String actor, Messages messages) {
    jdbi.useTransaction(
        handle -> {
          SessionStore store = new SessionStore(handle);
          Session current =
              store
                  .find(id)
                  .filter(s -> s.hubId().equals(hub.id()))
                  .orElseThrow(() -> ProblemException.notFound("Session " + id));
          QuarterGuard.of(handle, hub.id()).check(messages, current.date());
          long expected = version == null ? current.version() : version;
          if (store.dao().softDelete(id, expected, clock.instant()) == 0) {
            throw ProblemException.staleVersion("Session " + id, current.version());
          }
          FigureRollup.recount(handle, List.of(current), Map.of());
          audit.deleted(handle, actor, AuditEntity.SESSION, id, current);
        });
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
        in.unlinkedMarks(),
        in.version(),
        null,
        null);
  }
}
