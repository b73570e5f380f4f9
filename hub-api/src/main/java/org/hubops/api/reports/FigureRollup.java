package org.hubops.api.reports;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import org.hubops.model.Quarter;
import org.hubops.model.rest.Session;
import org.jdbi.v3.core.Handle;

/**
 * The report figures kept per hub and month (migration 075): sessions, minutes and headcounts by
 * hub and month and by hub, month and topic, each registered participant once per quarter and hub,
 * and those people counted per hub and quarter ({@link PeopleCounts}, migration 076), and the use
 * of equipment per hub, month and set of items used together (migration 081). A quarter's report
 * reads these instead of its sessions, attendee rows and register. They are counted again from the
 * session tables, one hub's month at a time, by whoever writes sessions, in the same transaction,
 * so they always agree with what the report's session detail reads.
 */
public final class FigureRollup {

  private static final Counted ALL = new Counted(Headcounts.COLUMNS);
  private static final String MONTH = Slice.MONTH.key();

  private FigureRollup() {}

  /**
   * Counts again the months of the hubs whose sessions were just written, created, changed or
   * deleted: call it in the transaction that wrote them, with each written session as it is now
   * and, by id, as it was before (a session moved to another month changes both months). Cheap: a
   * hub's month is tens of sessions.
   */
  public static void recount(Handle handle, List<Session> written, Map<UUID, Session> before) {
    Pending pending = new Pending();
    pending.add(written, before);
    pending.recount(handle);
  }

  /**
   * The months of the sessions written so far by a write made in several steps (an import stored a
   * chunk at a time), each counted again once, by {@link #recount(Handle)} at its end, rather than
   * once for every step that touches it.
   */
  public static final class Pending {

    private final Map<UUID, Set<LocalDate>> days = new HashMap<>();

    /** As {@link FigureRollup#recount(Handle, List, Map)} takes them. */
    public void add(List<Session> written, Map<UUID, Session> before) {
      for (Session session : written) {
        days.computeIfAbsent(session.hubId(), h -> new HashSet<>()).add(session.date());
        Session was = before.get(session.id());
        if (was != null) {
          days.computeIfAbsent(was.hubId(), h -> new HashSet<>()).add(was.date());
        }
      }
    }

    /** Counts the months added again; call it in the transaction that wrote the sessions. */
    public void recount(Handle handle) {
      FigureRollup.recount(handle, days);
      days.clear();
    }
  }

  private static void recount(Handle handle, Map<UUID, ? extends Collection<LocalDate>> daysByHub) {
    if (daysByHub.isEmpty()) {
      return;
    }
    RollupDao dao = handle.attach(RollupDao.class);
    // In one order, so that two writers of the same hubs wait for each other, never deadlock.
    Map<UUID, Set<YearMonth>> months = new TreeMap<>();
    daysByHub.forEach(
        (hub, days) -> {
          Set<YearMonth> of = months.computeIfAbsent(hub, h -> new TreeSet<>());
          days.forEach(day -> of.add(YearMonth.from(day)));
        });
    dao.lockHubs(List.copyOf(months.keySet()));
    months.forEach(
        (hub, those) -> {
          those.forEach(
              month -> {
                count(dao, ALL, hub, month.atDay(1), month.atEndOfMonth());
                countEquipment(dao, hub, month.atDay(1), month.atEndOfMonth());
              });
          those.stream()
              .map(month -> Quarter.containing(month.atDay(1)))
              .distinct()
              .forEach(
                  quarter -> {
                    countPeople(dao, hub, quarter);
                    PeopleCounts.count(handle, hub, quarter);
                  });
        });
  }

  /** Counts every hub's every month again: after rows were written by other means than the API. */
  public static void recountAll(Handle handle) {
    recountSessionFigures(handle, Headcounts.COLUMNS);
    recountEquipment(handle);
    PeopleCounts.countAll(handle);
  }

  /**
   * Counts a registered participant's quarters again after their sex, birth year or flags changed:
   * call it in the transaction that changed them. The figures count people by their register.
   */
  public static void participantChanged(Handle handle, UUID hub, UUID participant) {
    RollupDao dao = handle.attach(RollupDao.class);
    List<Integer> quarters = dao.quartersOf(hub, participant);
    if (quarters.isEmpty()) {
      return;
    }
    // As a session writer does, so that the two recount the hub's quarter one after the other.
    dao.lockHubs(List.of(hub));
    quarters.forEach(key -> PeopleCounts.count(handle, hub, PeopleCounts.quarter(key)));
  }

  /**
   * All but the people counted per hub and quarter (what migration 075 fills; 076 counts those from
   * these), of some of the headcount columns only: a database migrated up to 075 but not yet to 080
   * has no unlinked marks ({@link RollupFill}).
   */
  static void recountSessionFigures(Handle handle, List<String> columns) {
    Counted counted = new Counted(columns);
    RollupDao dao = handle.attach(RollupDao.class);
    List<YearMonth> months = everyMonth(dao);
    months.forEach(month -> count(dao, counted, null, month.atDay(1), month.atEndOfMonth()));
    months.stream()
        .map(month -> Quarter.containing(month.atDay(1)))
        .distinct()
        .forEach(quarter -> countPeople(dao, null, quarter));
  }

  /** The headcount columns a count writes, and their sums over a month's sessions. */
  private record Counted(String columns, String sums) {
    Counted(List<String> columns) {
      this(String.join(", ", columns), Headcounts.sums("s", columns));
    }
  }

  private static void count(RollupDao dao, Counted c, UUID hub, LocalDate from, LocalDate to) {
    int first = period(from);
    int last = period(to);
    dao.deleteMonths("figure_hub_month", hub, first, last);
    dao.insertHubMonths(c.columns(), c.sums(), MONTH, hub, from, to);
    dao.deleteMonths("figure_topic_month", hub, first, last);
    dao.insertTopicMonths(c.columns(), c.sums(), MONTH, hub, from, to);
  }

  /** The use of items, per hub, month and set of items used together (migration 081). */
  private static void countEquipment(RollupDao dao, UUID hub, LocalDate from, LocalDate to) {
    dao.deleteMonths("figure_equipment_month", hub, period(from), period(to));
    dao.insertEquipmentMonths(Headcounts.ATTENDEES, MONTH, hub, from, to);
  }

  /** Counts every month's use of items again (migration 081 fills them so). */
  static void recountEquipment(Handle handle) {
    RollupDao dao = handle.attach(RollupDao.class);
    everyMonth(dao)
        .forEach(month -> countEquipment(dao, null, month.atDay(1), month.atEndOfMonth()));
  }

  /**
   * Every month from the first session's to the last one's: counted a month at a time, each
   * statement stays well inside the connection's socket timeout.
   */
  private static List<YearMonth> everyMonth(RollupDao dao) {
    LocalDate first = dao.firstSessionDay();
    List<YearMonth> months = new ArrayList<>();
    if (first != null) {
      YearMonth last = YearMonth.from(dao.lastSessionDay());
      for (YearMonth month = YearMonth.from(first);
          !month.isAfter(last);
          month = month.plusMonths(1)) {
        months.add(month);
      }
    }
    return months;
  }

  /** Each registered participant of the quarter once, with the months and topics they came in. */
  private static void countPeople(RollupDao dao, UUID hub, Quarter quarter) {
    dao.deletePersonQuarters(hub, key(quarter));
    dao.insertPersonQuarters(MONTH, hub, key(quarter), quarter.firstDay(), quarter.lastDay());
  }

  /** A quarter's key: {@code yyyyq}. */
  static int key(Quarter quarter) {
    return quarter.year() * 10 + quarter.quarter();
  }

  /** A month's key, as {@link Slice#MONTH} computes it: {@code yyyymm}. */
  static int period(LocalDate day) {
    return day.getYear() * 100 + day.getMonthValue();
  }
}
