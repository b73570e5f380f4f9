package org.hubops.api.sessions;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hubops.api.audit.AuditAction;
import org.hubops.api.audit.AuditEntity;
import org.hubops.api.audit.AuditLog;
import org.hubops.api.cycle.QuarterGuard;
import org.hubops.api.platform.Messages;
import org.hubops.api.platform.ProblemException;
import org.hubops.api.platform.Violations;
import org.hubops.api.reference.ReferenceDao;
import org.hubops.api.reports.FigureRollup;
import org.hubops.model.Kyiv;
import org.hubops.model.rest.Hub;
import org.hubops.model.rest.ImportResult;
import org.hubops.model.rest.Problem.FieldError;
import org.hubops.model.rest.Session;
import org.jdbi.v3.core.Handle;

/**
 * Checks and stores many sessions of one hub together, for imports. A session written through
 * {@link SessionService#put} costs a dozen round trips; here each table gets one batched statement
 * for all sessions, so ten thousand sessions take seconds, not minutes. Both steps run on the
 * caller's handle, so the caller decides the transaction and an import is stored whole or not at
 * all.
 *
 * <p>Each session carries its id: a new id creates, a stored one replaces that session unless
 * nothing changed. Files carry no notes, so a session sent without notes keeps the stored ones.
 *
 * <p>An import may replace only what an import wrote: a session changed since an import last wrote
 * it (through the API or the pages, so its version is past the one the import left) is a problem of
 * the row that would overwrite it, since storing the row would undo that change without a word.
 */
public final class SessionBulk {

  /** What storing does to one session. */
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

  private final Clock clock;
  private final AuditLog audit;

  public SessionBulk(Clock clock, AuditLog audit) {
    this.clock = clock;
    this.audit = audit;
  }

  /** Checks every session against the rules and against what is stored; writes nothing. */
  public Plan plan(Handle handle, Hub hub, List<Session> sent, Messages messages) {
    SessionDao dao = handle.attach(SessionDao.class);
    SessionStore store = new SessionStore(dao);
    List<UUID> ids = sent.stream().map(Session::id).toList();
    Map<UUID, SessionOwner> owners = new HashMap<>();
    Map<UUID, Session> stored = new HashMap<>();
    for (List<UUID> chunk : SessionStore.chunks(ids)) {
      dao.ownersOf(chunk).forEach(owner -> owners.put(owner.id(), owner));
      store.assemble(dao.findAll(chunk)).stream()
          .filter(session -> session.hubId().equals(hub.id()))
          .forEach(session -> stored.put(session.id(), session));
    }
    List<Session> sessions =
        sent.stream()
            .map(s -> SessionService.normalized(s, s.id(), hub.id(), notes(s, stored)))
            .toList();
    References references =
        References.of(sessions, hub.id(), dao, handle.attach(ReferenceDao.class));
    LocalDate today = Kyiv.today(clock);
    QuarterGuard guard = QuarterGuard.of(handle, hub.id());

    List<Session> planned = new ArrayList<>(sessions.size());
    List<Outcome> outcomes = new ArrayList<>(sessions.size());
    Map<Integer, List<FieldError>> problems = new LinkedHashMap<>();
    Map<UUID, Long> versions = new HashMap<>();
    Map<UUID, Long> adopted = new HashMap<>();
    Set<UUID> seen = new HashSet<>();
    for (int i = 0; i < sessions.size(); i++) {
      Session session = sessions.get(i);
      Session current = stored.get(session.id());
      SessionOwner owner = owners.get(session.id());
      Violations violations = new Violations(messages);
      checkId(session.id(), owner, hub, seen, violations);
      SessionRules.check(session, hub, today, references, violations);
      boolean unchanged = current != null && SessionStore.sameContent(current, session);
      if (!unchanged) {
        // A row that would change a locked quarter is refused by its date, row by row.
        guard
            .refusal(current == null ? session.date() : current.date(), messages)
            .or(() -> guard.refusal(session.date(), messages))
            .ifPresent(why -> violations.addWritten("date", why));
        if (current != null && editedSinceImport(owner, current)) {
          checkNotEditedSinceImport(current, session, owner, violations);
        }
      } else if (editedSinceImport(owner, current) || owner.importedVersion() == null) {
        adopted.put(current.id(), current.version());
      }
      if (!violations.errors().isEmpty()) {
        problems.put(i, violations.errors());
      }
      planned.add(session);
      if (current == null) {
        outcomes.add(Outcome.CREATED);
      } else if (SessionStore.sameContent(current, session)) {
        outcomes.add(Outcome.UNCHANGED);
      } else {
        outcomes.add(Outcome.UPDATED);
        versions.put(session.id(), current.version());
      }
    }
    return new Plan(planned, outcomes, problems, versions, stored, adopted);
  }

  /**
   * Stores a valid plan, with an audit entry for each session created or updated (as {@link
   * SessionService} records them: the whole session before and after); call it in the transaction
   * that made the plan.
   */
  public void write(Handle handle, Plan plan, String actor) {
    if (!plan.valid()) {
      throw new IllegalArgumentException("a plan with problems cannot be written");
    }
    SessionDao dao = handle.attach(SessionDao.class);
    SessionStore store = new SessionStore(dao);
    Instant now = clock.instant();
    List<SessionRow> created = new ArrayList<>();
    List<SessionRow> updated = new ArrayList<>();
    List<Session> changed = new ArrayList<>();
    List<AuditLog.Change> audited = new ArrayList<>();
    for (int i = 0; i < plan.sessions().size(); i++) {
      Session session = plan.sessions().get(i);
      switch (plan.outcomes().get(i)) {
        case CREATED -> {
          created.add(SessionService.toRow(session, 1L));
          audited.add(
              new AuditLog.Change(
                  AuditEntity.SESSION,
                  session.id(),
                  AuditAction.CREATE,
                  null,
                  stored(session, 1L, now, now)));
        }
        case UPDATED -> {
          long version = plan.versions().get(session.id());
          updated.add(SessionService.toRow(session, version));
          Session before = plan.stored().get(session.id());
          audited.add(
              new AuditLog.Change(
                  AuditEntity.SESSION,
                  session.id(),
                  AuditAction.UPDATE,
                  before,
                  stored(session, version + 1, before.createdAt(), now)));
        }
        case UNCHANGED -> {
          continue;
        }
      }
      changed.add(session);
    }
    if (!created.isEmpty()) {
      dao.insertAll(created, now, actor);
    }
    if (!updated.isEmpty()) {
      int[] counts = dao.updateAll(updated, now);
      for (int i = 0; i < counts.length; i++) {
        if (counts[i] == 0) {
          SessionRow row = updated.get(i);
          throw ProblemException.staleVersion("Session " + row.id(), row.version());
        }
      }
      store.deleteParts(updated.stream().map(SessionRow::id).toList());
    }
    store.insertParts(changed);
    FigureRollup.recount(handle, changed, plan.stored());
    if (!plan.adopted().isEmpty()) {
      dao.markImported(
          plan.adopted().entrySet().stream()
              .map(e -> new SessionVersion(e.getKey(), e.getValue()))
              .toList());
    }
    audit.recordAll(handle, actor, audited);
  }

  /**
   * Whether the stored session changed after an import last wrote it. A session no import wrote
   * (created through the API, or imported before imports left their mark) is not: a file that names
   * it by its Session ID means to replace it, and the result lists what the update changes.
   */
  private static boolean editedSinceImport(SessionOwner owner, Session current) {
    return owner != null
        && owner.importedVersion() != null
        && !owner.importedVersion().equals(current.version());
  }

  /** Reports the overwrite at the first field the row would change, where a person looks. */
  private static void checkNotEditedSinceImport(
      Session current, Session sent, SessionOwner owner, Violations violations) {
    List<ImportResult.Change> changes =
        SessionChanges.between(current, sent, SessionChanges.Names.IDS);
    String field = changes.isEmpty() ? "id" : changes.get(0).field();
    violations.add(
        field, "validation.editedSinceImport", current.version(), owner.importedVersion());
  }

  /** The session as reading it back would show it, without reading it back. */
  private static Session stored(Session session, long version, Instant createdAt, Instant now) {
    return new Session(
        session.id(),
        session.hubId(),
        session.date(),
        session.startTime(),
        session.durationMinutes(),
        session.kind(),
        session.format(),
        session.title(),
        session.topics(),
        session.trainer(),
        session.notes(),
        session.equipmentIds(),
        session.attendees(),
        version,
        createdAt,
        now);
  }

  private static void checkId(
      UUID id, SessionOwner owner, Hub hub, Set<UUID> seen, Violations violations) {
    if (!seen.add(id)) {
      violations.add("id", "validation.duplicate", id);
    } else if (owner != null && !owner.hubId().equals(hub.id())) {
      violations.add("id", "validation.otherHub");
    } else if (owner != null && owner.deleted()) {
      violations.add("id", "validation.sessionDeleted");
    }
  }

  /** The notes to store: those sent, else those stored, since files carry none. */
  private static String notes(Session sent, Map<UUID, Session> stored) {
    Session current = stored.get(sent.id());
    return sent.notes() == null && current != null ? current.notes() : sent.notes();
  }
}
