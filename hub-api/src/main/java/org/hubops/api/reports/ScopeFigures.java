package org.hubops.api.reports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hubops.api.sessions.Headcounts;
import org.hubops.model.AgeBand;
import org.hubops.model.Gender;
import org.hubops.model.report.Figures;
import org.jdbi.v3.core.Handle;

/**
 * The figures of a scope by every {@link Slice} at once, from three queries of {@link FigureDao}:
 * sessions and attendances by hub and month (added up here into the whole, months, oblasts, raions,
 * hromadas and hubs, since they add), the same by topic, and the registered participants who came,
 * once per person, month and topic (distinct people do not add up, so they are counted here as they
 * stream by, in person order). Whole months are read from the figures kept per hub and month, other
 * ranges from the sessions and their {@link Headcounts}.
 */
final class ScopeFigures {

  /** Rows fetched per round trip of the people queries, which go through a cursor. */
  private static final int FETCH = SessionLines.FETCH_SIZE;

  private final Map<Slice, Map<String, Tally>> slices = new EnumMap<>(Slice.class);

  private ScopeFigures() {
    for (Slice slice : Slice.values()) {
      slices.put(slice, new HashMap<>());
    }
  }

  /** Every slice of {@code scope}, on a handle given {@link FigureDao#defineFragments}. */
  static ScopeFigures read(Handle handle, ReportScope scope) {
    return read(handle, scope, true);
  }

  /**
   * Every slice of {@code scope}, from the figures kept per hub and month where {@code kept} and
   * the scope allows, else counted from its sessions.
   */
  static ScopeFigures read(Handle handle, ReportScope scope, boolean keptWhereItCan) {
    ScopeFigures figures = new ScopeFigures();
    boolean kept = keptWhereItCan && scope.wholeMonths();
    each(
        handle,
        kept ? FigureDao.HUB_MONTHS : FigureDao.HUB_MONTHS_COUNTED,
        scope,
        rs -> {
          figures.tally(Slice.WHOLE, Slice.WHOLE_KEY).addSessions(rs);
          figures.tally(Slice.MONTH, rs.getString("period")).addSessions(rs);
          figures.tally(Slice.OBLAST, rs.getString("oblast")).addSessions(rs);
          figures.tally(Slice.RAION, rs.getString("raion")).addSessions(rs);
          figures.tally(Slice.HROMADA, rs.getString("hromada")).addSessions(rs);
          figures.tally(Slice.HUB, rs.getString("hub")).addSessions(rs);
        },
        0);
    each(
        handle,
        kept ? FigureDao.TOPICS : FigureDao.TOPICS_COUNTED,
        scope,
        rs -> figures.tally(Slice.TOPIC, rs.getString("topic")).addSessions(rs),
        0);
    if (keptWhereItCan && scope.wholeQuarter()) {
      each(handle, FigureDao.PEOPLE, scope, rs -> figures.addPerson(rs, scope.from()), FETCH);
    } else {
      People people = figures.new People();
      each(handle, FigureDao.PEOPLE_COUNTED, scope, people::add, FETCH);
    }
    return figures;
  }

  /**
   * The whole scope only, as the previous quarter's comparison needs it: one sum and one pass over
   * its people, neither grouped by hub or month nor sorted, so about half the work of {@link
   * #read}.
   */
  static ScopeFigures readWhole(Handle handle, ReportScope scope) {
    return readWhole(handle, scope, true);
  }

  /** {@link #readWhole}, from the kept figures only where {@code keptWhereItCan}. */
  static ScopeFigures readWhole(Handle handle, ReportScope scope, boolean keptWhereItCan) {
    ScopeFigures figures = new ScopeFigures();
    Tally whole = figures.tally(Slice.WHOLE, Slice.WHOLE_KEY);
    boolean kept = keptWhereItCan && scope.wholeMonths();
    each(handle, kept ? FigureDao.WHOLE : FigureDao.WHOLE_COUNTED, scope, whole::addSessions, 0);
    each(
        handle,
        keptWhereItCan && scope.wholeQuarter()
            ? FigureDao.PEOPLE_WHOLE
            : FigureDao.PEOPLE_WHOLE_COUNTED,
        scope,
        whole::addPerson,
        FETCH);
    return figures;
  }

  /**
   * One registered participant of a quarter (a row of {@link FigureDao#PEOPLE}): once in the whole
   * scope, their oblast, raion and hub, and once in each month and topic they came in. Their age is
   * the same on every day of the quarter (it is counted by year), so {@code day} stands for all.
   */
  private void addPerson(ResultSet rs, LocalDate day) throws SQLException {
    // Each column read once: a row counts in some eight slices.
    int[] cells = Tally.cells(rs, day);
    tally(Slice.WHOLE, Slice.WHOLE_KEY).addPerson(cells);
    tally(Slice.OBLAST, rs.getString("oblast")).addPerson(cells);
    tally(Slice.RAION, rs.getString("raion")).addPerson(cells);
    tally(Slice.HROMADA, rs.getString("hromada")).addPerson(cells);
    tally(Slice.HUB, rs.getString("hub")).addPerson(cells);
    for (String month : rs.getString("months").split(";")) {
      tally(Slice.MONTH, month).addPerson(cells);
    }
    for (String topic : rs.getString("topics").split(";")) {
      tally(Slice.TOPIC, topic).addPerson(cells);
    }
  }

  /** The figures of every slice, for a test to compare two ways of counting. */
  Map<Slice, Map<String, Figures>> all() {
    Map<Slice, Map<String, Figures>> all = new EnumMap<>(Slice.class);
    slices.forEach(
        (slice, tallies) -> {
          Map<String, Figures> figures = new HashMap<>();
          tallies.forEach((key, tally) -> figures.put(key, tally.figures()));
          all.put(slice, figures);
        });
    return all;
  }

  FigureTable table(Slice slice) {
    Map<String, Figures> figures = new HashMap<>();
    slices.get(slice).forEach((key, tally) -> figures.put(key, tally.figures()));
    return new FigureTable(figures);
  }

  private Tally tally(Slice slice, String key) {
    return slices.get(slice).computeIfAbsent(key, k -> new Tally());
  }

  /**
   * Counts the rows of {@link #PEOPLE}: a person once in the whole scope, their oblast and hub (at
   * their first session of the scope, their first row), once in every month they came (at the
   * month's first row) and once in every topic (at its first row: rows come in date order).
   */
  private final class People {
    private UUID person;
    private String month;
    private final Set<String> topics = new HashSet<>();

    void add(ResultSet rs) throws SQLException {
      UUID participant = rs.getObject("participant_id", UUID.class);
      String hisMonth = rs.getString("period");
      if (!participant.equals(person)) {
        person = participant;
        month = null;
        topics.clear();
        tally(Slice.WHOLE, Slice.WHOLE_KEY).addPerson(rs);
        tally(Slice.OBLAST, rs.getString("oblast")).addPerson(rs);
        tally(Slice.RAION, rs.getString("raion")).addPerson(rs);
        tally(Slice.HROMADA, rs.getString("hromada")).addPerson(rs);
        tally(Slice.HUB, rs.getString("hub")).addPerson(rs);
      }
      if (!hisMonth.equals(month)) {
        month = hisMonth;
        tally(Slice.MONTH, hisMonth).addPerson(rs);
      }
      String topic = rs.getString("topic_code");
      if (topics.add(topic)) {
        tally(Slice.TOPIC, topic).addPerson(rs);
      }
    }
  }

  /** What is done with each row of a query. */
  private interface RowHandler {
    void handle(ResultSet row) throws SQLException;
  }

  /**
   * Hands each row of {@code sql} to {@code handler}. With a {@code fetchSize} the rows come
   * through a cursor, as the people query must (it returns rows per person, which are counted, not
   * kept); without, PostgreSQL may plan the query in parallel, which it never does for a cursor.
   */
  private static void each(
      Handle handle, String sql, ReportScope scope, RowHandler handler, int fetchSize) {
    handle
        .createQuery(sql)
        .define("counts", Headcounts.select("r"))
        .define("keptSums", Headcounts.sums("r"))
        .define("sums", Headcounts.sums("s"))
        .bindMethods("scope", scope)
        .setFetchSize(fetchSize)
        .map(
            (rs, ctx) -> {
              handler.handle(rs);
              return Boolean.TRUE;
            })
        .forEach(handled -> {});
  }

  /** The figures of one slice as its rows arrive. */
  private static final class Tally {
    private long sessions;
    private long minutes;
    private final long[] attendances = new long[Headcounts.COLUMNS.size()];
    private final long[] people = new long[Headcounts.COLUMNS.size()];

    void addSessions(ResultSet rs) throws SQLException {
      sessions += rs.getLong("sessions");
      minutes += rs.getLong("minutes");
      Headcounts.read(rs, attendances);
    }

    /** One registered participant, by the register's sex and flags and their first day's age. */
    void addPerson(ResultSet rs) throws SQLException {
      addPerson(rs, rs.getObject("first_date", LocalDate.class));
    }

    /** One registered participant, by the register's sex and flags and their age on {@code day}. */
    void addPerson(ResultSet rs, LocalDate day) throws SQLException {
      addPerson(cells(rs, day));
    }

    /** The counts a person adds to: their sex and age band's, and each of their flags'. */
    static int[] cells(ResultSet rs, LocalDate day) throws SQLException {
      int birthYear = rs.getInt("birth_year");
      Integer born = rs.wasNull() ? null : birthYear;
      AgeBand band = AgeBand.atSession(born, day);
      int[] cells = new int[4];
      int n = 0;
      cells[n++] = Headcounts.index(Gender.valueOf(rs.getString("gender")), band);
      if (rs.getBoolean("idp")) {
        cells[n++] = Headcounts.IDP;
      }
      if (rs.getBoolean("disability")) {
        cells[n++] = Headcounts.IDP + 1;
      }
      if (rs.getBoolean("veteran")) {
        cells[n++] = Headcounts.IDP + 2;
      }
      return java.util.Arrays.copyOf(cells, n);
    }

    void addPerson(int[] cells) {
      for (int cell : cells) {
        people[cell]++;
      }
    }

    Figures figures() {
      return new Figures(
          sessions, minutes, Headcounts.headcount(attendances), Headcounts.headcount(people));
    }
  }
}
