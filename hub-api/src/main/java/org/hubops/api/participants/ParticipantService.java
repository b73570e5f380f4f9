package org.hubops.api.participants;

import static org.hubops.api.platform.Text.clean;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.hubops.api.audit.AuditAction;
import org.hubops.api.audit.AuditEntity;
import org.hubops.api.audit.AuditLog;
import org.hubops.api.platform.Messages;
import org.hubops.api.platform.PageRequest;
import org.hubops.api.platform.ProblemException;
import org.hubops.api.platform.Text;
import org.hubops.api.platform.Violations;
import org.hubops.api.reports.FigureRollup;
import org.hubops.model.Kyiv;
import org.hubops.model.rest.Hub;
import org.hubops.model.rest.Page;
import org.hubops.model.rest.Participant;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * Keeps a hub's participant register. Names and phones are personal data: they go to the database
 * and back to the hub, and nowhere else (no log line, no error text carries them).
 */
public final class ParticipantService {

  private final Jdbi jdbi;
  private final Clock clock;
  private final AuditLog audit;

  public ParticipantService(Jdbi jdbi, Clock clock, AuditLog audit) {
    this.jdbi = jdbi;
    this.clock = clock;
    this.audit = audit;
  }

  public Page<Participant> list(Hub hub, String query, PageRequest paging) {
    String pattern = Text.searchPattern(query);
    return jdbi.inTransaction(
        handle -> {
          ParticipantDao dao = handle.attach(ParticipantDao.class);
          return new Page<>(
              dao.list(hub.id(), pattern, paging.size(), paging.offset()),
              paging.page(),
              paging.size(),
              dao.count(hub.id(), pattern));
        });
  }

  /**
   * Everyone of {@code hub}'s register, on the caller's handle: what an import reads once, in its
   * own transaction, to find the participants its file names by code.
   */
  public static List<Participant> all(Handle handle, Hub hub) {
    return handle.attach(ParticipantDao.class).list(hub.id(), null, Integer.MAX_VALUE, 0);
  }

  /** A participant of {@code hub}; another hub's is as absent as a missing one. */
  public Participant get(Hub hub, UUID id) {
    return jdbi.withExtension(ParticipantDao.class, dao -> find(dao, hub, id));
  }

  public Participant create(Hub hub, Participant input, String actor, Messages messages) {
    Participant participant =
        normalized(
            input,
            input.id() == null ? UUID.randomUUID() : input.id(),
            hub.id(),
            1L,
            consentDate(input, null));
    try {
      return jdbi.inTransaction(
          handle -> {
            ParticipantDao dao = handle.attach(ParticipantDao.class);
            if (dao.exists(participant.id())) {
              throw ProblemException.conflict("Participant " + participant.id() + " exists");
            }
            check(input, participant, dao, messages);
            dao.insert(participant, clock.instant(), actor);
            Participant stored = find(dao, hub, participant.id());
            audit.created(handle, actor, AuditEntity.PARTICIPANT, stored.id(), stored);
            return stored;
          });
    } catch (RuntimeException e) {
      throw Violations.uniqueOr(e, messages, "code", participant.code());
    }
  }

  public Participant update(Hub hub, UUID id, Participant input, String actor, Messages messages) {
    try {
      return jdbi.inTransaction(
          handle -> {
            ParticipantDao dao = handle.attach(ParticipantDao.class);
            Participant current = find(dao, hub, id);
            Participant participant =
                normalized(input, id, hub.id(), input.version(), consentDate(input, current));
            check(input, participant, dao, messages);
            if (dao.update(participant, clock.instant()) == 0) {
              throw ProblemException.staleVersion("Participant " + id, current.version());
            }
            Participant stored = find(dao, hub, id);
            if (countedDifferently(current, stored)) {
              FigureRollup.participantChanged(handle, hub.id(), id);
            }
            audit.updated(handle, actor, AuditEntity.PARTICIPANT, id, current, stored);
            return stored;
          });
    } catch (RuntimeException e) {
      throw Violations.uniqueOr(e, messages, "code", clean(input.code()));
    }
  }

  /** Whether the report figures count the person otherwise: by sex, age or a flag. */
  private static boolean countedDifferently(Participant before, Participant after) {
    return before.gender() != after.gender()
        || !Objects.equals(before.birthYear(), after.birthYear())
        || before.idp() != after.idp()
        || before.disability() != after.disability()
        || before.veteran() != after.veteran();
  }

  /** Why a person's name and phone were erased, as the audit trail records it. */
  public enum Erasure {
    /** The person asked (or withdrew consent), through the API or the page. */
    REQUEST,
    /** The retention period after their last attendance ran out. */
    RETENTION
  }

  /** What the audit trail keeps of an erasure: which fields went, and why; never their values. */
  public record Erased(List<String> erased, Erasure reason) {}

  /**
   * Removes the participant's name and phone for good, here and from every audit snapshot of them,
   * keeping the code and demographics so every past figure stays as it was. A participant with
   * neither is left alone. Returns whether anything was erased.
   */
  public boolean erase(Hub hub, UUID id, String actor, Erasure reason) {
    return jdbi.inTransaction(
        handle -> {
          ParticipantDao dao = handle.attach(ParticipantDao.class);
          Participant current = find(dao, hub, id);
          if (current.fullName() == null && current.phone() == null) {
            return false;
          }
          if (dao.erase(hub.id(), id, current.version(), clock.instant()) == 0) {
            throw ProblemException.staleVersion("Participant " + id, current.version());
          }
          audit.erasePersonalData(handle, AuditEntity.PARTICIPANT, id);
          audit.record(
              handle,
              actor,
              AuditEntity.PARTICIPANT,
              id,
              AuditAction.ERASE,
              null,
              new Erased(List.of("fullName", "phone"), reason));
          return true;
        });
  }

  /**
   * The day consent was given: as sent, else as stored while it still holds, else today (the write
   * that records it); none without consent.
   */
  private LocalDate consentDate(Participant input, Participant current) {
    if (!input.consentGiven()) {
      return null;
    }
    if (input.consentDate() != null) {
      return input.consentDate();
    }
    if (current != null && current.consentGiven() && current.consentDate() != null) {
      return current.consentDate();
    }
    return Kyiv.today(clock);
  }

  private void check(
      Participant input, Participant participant, ParticipantDao dao, Messages messages) {
    Violations violations = new Violations(messages);
    violations.required("version", participant.version());
    violations.matchesIfGiven("id", input.id(), participant.id(), "validation.idMismatch");
    violations.matchesIfGiven("hubId", input.hubId(), participant.hubId(), "validation.idMismatch");
    ParticipantRules.check(participant, Kyiv.today(clock), dao, violations);
    violations.throwIfAny();
  }

  private static Participant find(ParticipantDao dao, Hub hub, UUID id) {
    return dao.find(hub.id(), id).orElseThrow(() -> ProblemException.notFound("Participant " + id));
  }

  private static Participant normalized(
      Participant in, UUID id, UUID hubId, Long version, LocalDate consentDate) {
    return new Participant(
        id,
        hubId,
        clean(in.code()),
        clean(in.fullName()),
        clean(in.phone()),
        in.gender(),
        in.birthYear(),
        in.idp(),
        in.disability(),
        in.veteran(),
        in.consentGiven(),
        consentDate,
        version,
        null,
        null);
  }
}
