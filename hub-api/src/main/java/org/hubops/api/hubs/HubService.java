package org.hubops.api.hubs;

import static org.hubops.api.platform.Text.clean;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.hubops.api.audit.AuditEntity;
import org.hubops.api.audit.AuditLog;
import org.hubops.api.platform.Messages;
import org.hubops.api.platform.PageRequest;
import org.hubops.api.platform.ProblemException;
import org.hubops.api.platform.Text;
import org.hubops.api.platform.Violations;
import org.hubops.model.HubStatus;
import org.hubops.model.Kyiv;
import org.hubops.model.rest.Hub;
import org.hubops.model.rest.Page;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/** Registers hubs and changes them, each in one transaction, after checking every rule. */
public record HubService(Jdbi jdbi, Clock clock, AuditLog audit) {

  /**
   * The hub a path names, by id or by its human code ({@code LV-0042}), so that people and scripts
   * can use either.
   */
  public Hub resolve(String idOrCode) {
    return find(idOrCode).orElseThrow(() -> ProblemException.notFound("Hub " + idOrCode));
  }

  public Optional<Hub> find(String idOrCode) {
    return jdbi.withExtension(
        HubDao.class,
        hubs -> {
          Optional<UUID> id = Text.uuid(idOrCode);
          return id.isPresent()
              ? hubs.find(id.get())
              : hubs.findByCode(idOrCode.toUpperCase(Locale.ROOT));
        });
  }

  /**
   * The hub of this code as written (upper case), on the caller's handle: how the register's import
   * finds, in its own transaction, the hub a row names.
   */
  public static Optional<Hub> findByCode(Handle handle, String code) {
    return handle.attach(HubDao.class).findByCode(code);
  }

  /**
   * The register, filtered: a null filter matches every hub. A coordinator ({@code everyHub} false)
   * sees only the hubs in {@code visible}; a regional officer only those of the oblasts {@code
   * within} (null: no limit).
   */
  public Page<Hub> list(
      boolean everyHub,
      Set<UUID> visible,
      Set<String> within,
      String oblast,
      HubStatus status,
      String query,
      PageRequest paging) {
    boolean anyOblast = within == null;
    Set<String> oblasts = anyOblast ? Set.of() : within;
    String oblastCode = oblast == null || oblast.isBlank() ? null : oblast.trim().toUpperCase();
    String pattern = Text.searchPattern(query);
    return jdbi.withExtension(
        HubDao.class,
        dao ->
            new Page<>(
                dao.list(
                    everyHub,
                    visible,
                    anyOblast,
                    oblasts,
                    oblastCode,
                    status,
                    pattern,
                    paging.size(),
                    paging.offset()),
                paging.page(),
                paging.size(),
                dao.count(everyHub, visible, anyOblast, oblasts, oblastCode, status, pattern)));
  }

  public Hub create(Hub input, String actor, Messages messages) {
    Hub hub = normalized(input, input.id() == null ? UUID.randomUUID() : input.id(), 1L);
    try {
      return jdbi.inTransaction(
          handle -> {
            HubDao hubs = handle.attach(HubDao.class);
            if (hubs.find(hub.id()).isPresent()) {
              throw ProblemException.conflict("Hub " + hub.id() + " already exists");
            }
            Violations violations = new Violations(messages);
            Hub placed = HubRules.check(hub, null, hubs, handle, violations);
            List<StatusDates.Change> history =
                new StatusDates(handle, hub.id(), violations, Kyiv.today(clock)).ofNew(hub);
            violations.throwIfAny();
            hubs.insert(placed, clock.instant(), actor);
            for (StatusDates.Change change : history) {
              hubs.recordStatus(
                  UUID.randomUUID(),
                  hub.id(),
                  change.status(),
                  change.since(),
                  clock.instant(),
                  actor);
            }
            Hub stored = hubs.find(hub.id()).orElseThrow();
            audit.created(handle, actor, AuditEntity.HUB, stored.id(), stored);
            return stored;
          });
    } catch (RuntimeException e) {
      throw Violations.uniqueOr(e, messages, "code", hub.code());
    }
  }

  public Hub update(UUID id, Hub input, String actor, Messages messages) {
    Hub hub = normalized(input, id, input.version());
    try {
      return jdbi.inTransaction(
          handle -> {
            HubDao hubs = handle.attach(HubDao.class);
            Hub current = hubs.find(id).orElseThrow(() -> ProblemException.notFound("Hub " + id));
            Violations violations = new Violations(messages);
            violations.required("version", input.version());
            Hub placed = HubRules.check(hub, current.settlementCode(), hubs, handle, violations);
            Optional<Runnable> history =
                new StatusDates(handle, id, violations, Kyiv.today(clock))
                    .ofUpdate(current, hub, clock.instant(), actor);
            violations.throwIfAny();
            if (hubs.update(placed, clock.instant()) == 0) {
              throw ProblemException.staleVersion("Hub " + current.code(), current.version());
            }
            history.ifPresent(Runnable::run);
            Hub stored = hubs.find(id).orElseThrow();
            audit.updated(handle, actor, AuditEntity.HUB, id, current, stored);
            return stored;
          });
    } catch (RuntimeException e) {
      throw Violations.uniqueOr(e, messages, "code", hub.code());
    }
  }

  /** What the client gave, tidied; what follows from the settlement code is filled in later. */
  private static Hub normalized(Hub in, UUID id, Long version) {
    return Hub.sent(
        id,
        in.code() == null ? null : in.code().strip().toUpperCase(Locale.ROOT),
        clean(in.name()),
        in.institutionType(),
        in.settlementCode() == null ? null : in.settlementCode().strip().toUpperCase(Locale.ROOT),
        clean(in.address()),
        in.openedOn(),
        in.status() == null ? HubStatus.ACTIVE : in.status(),
        in.statusSince(),
        version);
  }
}
