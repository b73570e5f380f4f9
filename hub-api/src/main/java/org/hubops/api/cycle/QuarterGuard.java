package org.hubops.api.cycle;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hubops.api.platform.Messages;
import org.hubops.model.Kyiv;
import org.hubops.model.Quarter;
import org.jdbi.v3.core.Handle;

/**
 * Whether a hub may still write sessions of a date: not once the date's quarter is locked, unless
 * an admin has reopened that quarter for the hub. Every writer of sessions (the API, the pages, the
 * imports) asks this in its own transaction, so a lock stops them all.
 */
public final class QuarterGuard {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

  private final List<CycleDao.LockRow> locks;

  private QuarterGuard(List<CycleDao.LockRow> locks) {
    this.locks = locks;
  }

  /** The locks that bind {@code hubId}, read once for a whole write. */
  public static QuarterGuard of(Handle handle, UUID hubId) {
    return new QuarterGuard(handle.attach(LockDao.class).locksBinding(hubId));
  }

  /** Why sessions dated {@code date} cannot be written, in the caller's language; else empty. */
  public Optional<String> refusal(LocalDate date, Messages messages) {
    return lockOf(date)
        .map(
            l ->
                messages.get(
                    "cycle.locked",
                    Quarter.of(l.periodYear(), l.periodQuarter()).toString(),
                    l.lockedBy(),
                    DAY.format(l.lockedAt().atZone(Kyiv.ZONE))));
  }

  /** The locked quarter {@code date} lies in, if it binds the hub. */
  public Optional<Quarter> lockedQuarterOf(LocalDate date) {
    return lockOf(date).map(l -> Quarter.of(l.periodYear(), l.periodQuarter()));
  }

  private Optional<CycleDao.LockRow> lockOf(LocalDate date) {
    if (date == null) {
      return Optional.empty();
    }
    // Compared as numbers: a mistyped date (year 1900) lies in no quarter that can be locked.
    int year = date.getYear();
    int quarter = (date.getMonthValue() - 1) / 3 + 1;
    return locks.stream()
        .filter(l -> l.periodYear() == year && l.periodQuarter() == quarter)
        .findFirst();
  }

  /** Refuses with 409 when any of {@code dates} lies in a quarter locked for the hub. */
  public void check(Messages messages, LocalDate... dates) {
    for (LocalDate date : dates) {
      Optional<String> refusal = refusal(date, messages);
      if (refusal.isPresent()) {
        throw new QuarterLockedException(messages.get("cycle.lockedTitle"), refusal.get());
      }
    }
  }
}
