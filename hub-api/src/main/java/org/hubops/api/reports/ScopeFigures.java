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
import org.hubops.model.report.Figures;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * The figures of a scope by every {@link Slice} at once, from three queries of {@link FigureDao}:
 * sessions and attendances by hub and month (added up here into the whole, months, oblasts, raions,
 * hromadas and hubs, since they add), the same by topic, and the registered participants who came,
 * once per person, month and topic (distinct people do not add up, so they are counted here as they
 * stream by, in person order). Whole months are read from the figures kept per hub and month, a
 * whole quarter's people from those counted per hub and quarter ({@link PeopleCounts}: they add up,
 * as a person comes to one hub), other ranges from the sessions and their {@link Headcounts}.
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
          figures.tally(Slice.MONTH, rs.getString("period")).addSessions(rs);
          for (Tally place : figures.places(rs)) {
            place.addSessions(rs);
          }
        },
        0);
    each(
        handle,
        kept ? FigureDao.TOPICS : FigureDao.TOPICS_COUNTED,
        scope,
        rs -> figures.tally(Slice.TOPIC, rs.getString("topic")).addSessions(rs),
        0);
    if (keptWhereItCan && scope.wholeQuarter()) {
      each(
          handle,
          FigureDao.PEOPLE,
          scope,
          rs -> {
            for (Tally place : figures.places(rs)) {
              place.addPeople(rs);
            }
          },
          0);
      each(
          handle,
          FigureDao.PEOPLE_SLICES,
          scope,
          rs ->
              figures
                  .tally(
                      PeopleCounts.MONTH.equals(rs.getString("slice_kind"))
                          ? Slice.MONTH
                          : Slice.TOPIC,
                      rs.getString("slice_key"))
                  .addPeople(rs),
          0);
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
    if (keptWhereItCan && scope.wholeQuarter()) {
      each(handle, FigureDao.PEOPLE_WHOLE, scope, whole::addPeople, 0);
    } else {
      each(handle, FigureDao.PEOPLE_WHOLE_COUNTED, scope, whole::addPerson, FETCH);
    }
    return figures;
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

  /** The whole scope, and the oblast, raion and hub of a row that names them. */
  private Tally[] places(ResultSet rs) throws SQLException {
    return new Tally[] {
      tally(Slice.WHOLE, Slice.WHOLE_KEY),
      tally(Slice.OBLAST, rs.getString("oblast")),
      tally(Slice.RAION, rs.getString("raion")),
      tally(Slice.HROMADA, rs.getString("hromada")),
      tally(Slice.HUB, rs.getString("hub"))
    };
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
        for (Tally place : places(rs)) {
          place.addPerson(rs);
        }
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
    try (Query query = handle.createQuery(sql)) {
      query
          .define("counts", Headcounts.select("r"))
          .define("keptSums", Headcounts.sums("r"))
          .define("sums", Headcounts.sums("s"))
          .define("peopleCounts", Headcounts.select("r", Headcounts.PEOPLE_COLUMNS))
          .define("peopleSums", Headcounts.sums("r", Headcounts.PEOPLE_COLUMNS))
          .bindMethods("scope", scope)
          .setFetchSize(fetchSize)
          .scanResultSet(
              (supplier, ctx) -> {
                // The driver's own result set: the pool's proxy of it calls each getter by
                // reflection, and a national quarter reads some 30 columns of 30,000 rows.
                ResultSet rs = supplier.get().unwrap(ResultSet.class);
                while (rs.next()) {
                  handler.handle(rs);
                }
                return null;
              });
    }
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
      for (int cell : PeopleCounts.cells(rs, day)) {
        people[cell]++;
      }
    }

    /** People already counted ({@link PeopleCounts}), in {@link Headcounts#PEOPLE_COLUMNS}. */
    void addPeople(ResultSet rs) throws SQLException {
      Headcounts.read(rs, people, Headcounts.PEOPLE_COLUMNS);
    }

    Figures figures() {
      return new Figures(
          sessions, minutes, Headcounts.headcount(attendances), Headcounts.headcount(people));
    }
  }
}
