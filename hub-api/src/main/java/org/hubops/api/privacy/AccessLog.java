package org.hubops.api.privacy;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.hubops.api.platform.PageRequest;
import org.hubops.model.rest.Page;
import org.hubops.model.rest.Participant;
import org.hubops.model.rest.ParticipantAccess;
import org.jdbi.v3.core.Jdbi;

/**
 * Who looked at a participant's name or phone: every route that shows one (the API's record and
 * list, the subject access export, the register's pages) tells this log which participants it
 * showed, and to whom. The log keeps ids, never the name or phone, so reading it reveals nothing
 * about the people.
 */
public final class AccessLog {

  private final Jdbi jdbi;
  private final Clock clock;

  public AccessLog(Jdbi jdbi, Clock clock) {
    this.jdbi = jdbi;
    this.clock = clock;
  }

  /**
   * Records that {@code actor} was shown {@code shown} through {@code route}; only those with a
   * name or a phone count, since a pseudonymous record shows nobody.
   */
  public void shown(String actor, Collection<Participant> shown, String route) {
    Instant now = clock.instant();
    List<ParticipantAccess> reads =
        shown.stream()
            .filter(p -> p.fullName() != null || p.phone() != null)
            .map(
                p -> new ParticipantAccess(UUID.randomUUID(), now, actor, p.hubId(), p.id(), route))
            .toList();
    if (!reads.isEmpty()) {
      jdbi.useExtension(AccessLogDao.class, dao -> dao.insertAll(reads));
    }
  }

  /** The reads, newest first; each filter may be null. */
  Page<ParticipantAccess> list(UUID participant, Instant from, Instant to, PageRequest paging) {
    return jdbi.withExtension(
        AccessLogDao.class,
        dao ->
            new Page<>(
                dao.list(participant, from, to, paging.size(), paging.offset()),
                paging.page(),
                paging.size(),
                dao.count(participant, from, to)));
  }
}
