package org.hubops.api.sessions;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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
import org.hubops.api.reports.FigureRollup;
import org.hubops.api.sessions.SessionService.Outcome;
import org.hubops.api.sessions.SessionService.Plan;
import org.hubops.model.Kyiv;
import org.hubops.model.rest.Hub;
import org.hubops.model.rest.ImportResult;
import org.hubops.model.rest.Problem.FieldError;
import org.hubops.model.rest.Session;
import org.jdbi.v3.core.Handle;

/**
 * The one writer of sessions: the API's PUT and POST (a plan of one), the pages and the imports all
 * plan and write through it (by way of {@link SessionService}), so created, updated, unchanged,
 * another hub's id, a deleted session, a stale version and a locked quarter are decided in one
 * place, and what is stored, answered and audited has one shape ({@link SessionStore#asStored}).
 * Each table gets one batched statement for all the sessions of a write, so ten thousand take
 * seconds, and one takes a handful of round trips. Both steps run on the caller's handle, so the
 * caller decides the transaction and an import is stored whole or not at all.
 *
 * <p>Each session carries its id: a new id creates, a stored one replaces that session (an import:
 * unless nothing changed; the API: given its version). Files carry no notes, so a session imported
 * without notes keeps the stored ones.
 *
 * <p>An import may replace only what an import wrote: a session changed since an import last wrote
 * it (through the API or the pages, so its version is past the one the import left) is a problem of
 * the row that would overwrite it, since storing the row would undo that change without a word.
 */
final class SessionBulk {

  /**
   * Who sends the sessions, which decides what a stored id, a missing version and missing notes
   * mean, and how a refusal is said.
   *
   * <ul>
   *   <li>{@code API}: one session; a stored id without its version is a retry (unchanged) or a
   *       conflict, a version given replaces that version; the first refusal is the answer (409 for
   *       a conflict or a lock, 422 with every broken rule).
   *   <li>{@code IMPORT}: many; a stored id is replaced unless nothing changed; every refusal is a
   *       problem of its row; notes not sent are kept.
   * </ul>
   */
  private enum Door {
    API,
    IMPORT
  }

  private final Clock clock;
  private final AuditLog audit;
  private final TopicCodes topics = new TopicCodes();

  SessionBulk(Clock clock, AuditLog audit) {
    this.clock = clock;
    this.audit = audit;
  }

  /** Checks every session of an import against the rules and what is stored; writes nothing. */
  Plan plan(Handle handle, Hub hub, List<Session> sent, Messages messages) {
    return plan(new SessionStore(handle), handle, hub, sent, sent, messages, Door.IMPORT);
  }

  /**
   * Stores a valid plan of an import, with an audit entry for each session created or updated (the
   * whole session before and after); call it in the transaction that made the plan.
   */
  void write(Handle handle, Plan plan, String actor) {
    FigureRollup.Pending rollup = new FigureRollup.Pending();
    write(new SessionStore(handle), handle, plan, actor, Door.IMPORT, rollup);
    rollup.recount(handle);
  }

  /**
   * As {@link #write(Handle, Plan, String)}, for one chunk of an import stored in several: the
   * report figures of the months it touches are added to {@code rollup}, for the caller to count
   * again once, at the end of the transaction's last chunk.
   */
  void write(Handle handle, Plan plan, String actor, FigureRollup.Pending rollup) {
    write(new SessionStore(handle), handle, plan, actor, Door.IMPORT, rollup);
  }

  /**
   * Creates the session {@code id} of {@code hub}, or given its version replaces it: a plan of one,
   * planned and written as an import's are.
   */
  SessionService.Written put(
      Handle handle, Hub hub, UUID id, Session input, String actor, Messages messages) {
    SessionStore store = new SessionStore(handle);
    Plan plan =
        plan(store, handle, hub, List.of(withId(input, id)), List.of(input), messages, Door.API);
    FigureRollup.Pending rollup = new FigureRollup.Pending();
    Session answered = write(store, handle, plan, actor, Door.API, rollup).get(0);
    rollup.recount(handle);
    return new SessionService.Written(answered, plan.outcomes().get(0) == Outcome.CREATED);
  }

  /** Every rule {@code input} breaks as the session {@code id} of {@code hub}; writes nothing. */
  List<FieldError> problems(Handle handle, Hub hub, UUID id, Session input, Messages messages) {
    Session session = SessionService.normalized(input, id, hub.id());
    Violations violations = new Violations(messages);
    SessionRules.check(
        session,
        hub,
        Kyiv.today(clock),
        references(new SessionStore(handle), handle, hub, List.of(session)),
        violations);
    return violations.errors();
  }

  private Plan plan(
      SessionStore store,
      Handle handle,
      Hub hub,
      List<Session> sent,
      List<Session> inputs,
      Messages messages,
      Door door) {
    SessionStore.Held held = store.held(sent.stream().map(Session::id).toList(), hub.id());
    Map<UUID, Session> stored = held.sessions();
    List<Session> sessions =
        sent.stream()
            .map(
                s ->
                    SessionService.normalized(
                        s, s.id(), hub.id(), door == Door.API ? s.notes() : notes(s, stored)))
            .toList();
    References references = references(store, handle, hub, sessions);
    LocalDate today = Kyiv.today(clock);
    QuarterGuard guard = QuarterGuard.of(handle, hub.id());

    List<Outcome> outcomes = new ArrayList<>(sessions.size());
    Map<Integer, List<FieldError>> problems = new LinkedHashMap<>();
    Map<UUID, Long> versions = new HashMap<>();
    Map<UUID, Long> adopted = new HashMap<>();
    Set<UUID> seen = new HashSet<>();
    for (int i = 0; i < sessions.size(); i++) {
      Session session = sessions.get(i);
      Session input = inputs.get(i);
      Session current = stored.get(session.id());
      SessionOwner owner = held.owners().get(session.id());
      Violations violations = new Violations(messages);
      // An import replaces what it finds; the API replaces only the version it was sent.
      Long expected =
          door == Door.IMPORT ? (current == null ? null : current.version()) : input.version();
      // Sent again as stored, whatever version it names: a retried edit whose first answer was
      // lost (a device's outbox sends again) is answered as saved, not as its own conflict.
      boolean unchanged = current != null && SessionStore.sameContent(current, session);
      if (door == Door.API) {
        admitOne(session, input, owner, current, unchanged, guard, violations);
      } else {
        checkId(session.id(), owner, hub, seen, violations);
      }
      if (!(door == Door.API && unchanged)) {
        SessionRules.check(session, hub, today, references, violations);
      }
      if (door == Door.API) {
        violations.throwIfAny();
      } else if (!unchanged) {
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
      if (current == null) {
        outcomes.add(Outcome.CREATED);
      } else if (unchanged) {
        outcomes.add(Outcome.UNCHANGED);
      } else {
        outcomes.add(Outcome.UPDATED);
        versions.put(session.id(), expected);
      }
    }
    return new Plan(sessions, outcomes, problems, versions, stored, adopted);
  }

  /**
   * The API's refusals of one session, each the answer at once and in this order: an id another hub
   * holds or a deleted session's (409), a stored session sent again changed but without its version
   * (409), a locked quarter it would enter or leave (409), its id or hub not those of the address
   * (422, with the rules' findings).
   */
  private static void admitOne(
      Session session,
      Session input,
      SessionOwner owner,
      Session current,
      boolean unchanged,
      QuarterGuard guard,
      Violations violations) {
    if (owner != null && !owner.hubId().equals(session.hubId())) {
      throw ProblemException.conflict("Session id " + session.id() + " is already used");
    }
    if (owner != null && current == null) {
      throw ProblemException.conflict("Session " + session.id() + " was deleted");
    }
    if (unchanged) {
      return;
    }
    if (current != null && input.version() == null) {
      throw ProblemException.conflict(
          "Session " + session.id() + " already exists; send its version to change it");
    }
    // Moving a session out of a locked quarter changes it as much as moving one in.
    guard.check(violations.messages(), session.date(), current == null ? null : current.date());
    violations.matchesIfGiven("id", input.id(), session.id(), "validation.idMismatch");
    violations.matchesIfGiven("hubId", input.hubId(), session.hubId(), "validation.idMismatch");
  }

  private References references(
      SessionStore store, Handle handle, Hub hub, List<Session> sessions) {
    return References.of(sessions, hub.id(), store.dao(), topics.of(handle));
  }

  /**
   * Writes a plan, with an audit entry for each session created or updated, and returns each
   * session as it is now stored, in the plan's order.
   */
  private List<Session> write(
      SessionStore store,
      Handle handle,
      Plan plan,
      String actor,
      Door door,
      FigureRollup.Pending rollup) {
    if (!plan.valid()) {
      throw new IllegalArgumentException("a plan with problems cannot be written");
    }
    // To the microsecond, as both databases keep it: the session answered is the one a read gets.
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    List<Session> created = new ArrayList<>();
    List<Session> updated = new ArrayList<>();
    List<Session> answered = new ArrayList<>(plan.sessions().size());
    List<AuditLog.Change> audited = new ArrayList<>();
    for (int i = 0; i < plan.sessions().size(); i++) {
      Session session = plan.sessions().get(i);
      Session before = plan.stored().get(session.id());
      switch (plan.outcomes().get(i)) {
        case CREATED -> {
          created.add(session);
          Session after = SessionStore.asStored(session, 1L, now, now);
          audited.add(change(AuditAction.CREATE, null, after));
          answered.add(after);
        }
        case UPDATED -> {
          updated.add(session);
          long version = plan.versions().get(session.id());
          Session after = SessionStore.asStored(session, version + 1, before.createdAt(), now);
          audited.add(change(AuditAction.UPDATE, before, after));
          answered.add(after);
        }
        case UNCHANGED -> answered.add(before);
      }
    }
    boolean imported = door == Door.IMPORT;
    store.insert(created, now, actor, imported);
    int[] counts = store.update(updated, plan.versions(), now, imported);
    for (int i = 0; i < counts.length; i++) {
      if (counts[i] == 0) {
        UUID id = updated.get(i).id();
        throw ProblemException.staleVersion("Session " + id, plan.stored().get(id).version());
      }
    }
    List<Session> written = new ArrayList<>(created);
    written.addAll(updated);
    rollup.add(written, plan.stored());
    store.markImported(plan.adopted());
    audit.recordAll(handle, actor, audited);
    return answered;
  }

  private static AuditLog.Change change(AuditAction action, Session before, Session after) {
    return new AuditLog.Change(AuditEntity.SESSION, after.id(), action, before, after);
  }

  /**
   * {@code input} under the id of its address; the id it carries is checked against that, from
   * {@code input} itself.
   */
  private static Session withId(Session input, UUID id) {
    return new Session(
        id,
        input.hubId(),
        input.date(),
        input.startTime(),
        input.durationMinutes(),
        input.kind(),
        input.format(),
        input.title(),
        input.topics(),
        input.trainer(),
        input.notes(),
        input.equipmentIds(),
        input.attendees(),
        input.unlinkedMarks(),
        input.version(),
        input.createdAt(),
        input.updatedAt());
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
