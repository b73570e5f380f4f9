package org.hubops.api.reports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.hubops.model.AgeBand;
import org.hubops.model.Gender;
import org.hubops.model.Quarter;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Unique people counted per hub and quarter (migration 076): a hub's registered participants of a
 * quarter by their register's sex, age band and flags, once for the hub, once in each month and
 * once in each topic they came in. Counted from the people kept per quarter ({@code
 * figure_person_quarter}) and the register whenever those are, so a quarter's report adds these up
 * instead of reading each person: a participant belongs to one hub, so they add over hubs.
 */
final class PeopleCounts {

  /** The kinds of row: the hub's quarter, one of its months, one of its topics. */
  static final String HUB = "hub";

  static final String MONTH = "month";
  static final String TOPIC = "topic";

  /** Rows fetched per round trip when every hub is counted. */
  private static final int FETCH = SessionLines.FETCH_SIZE;

  private static final String PEOPLE =
      """
      select r.hub_id, r.months, r.topics, p.gender, p.birth_year, p.idp, p.disability, p.veteran
      from figure_person_quarter r join participant p on p.id = r.participant_id
      where r.quarter = :quarter and (cast(:hub as uuid) is null or r.hub_id = cast(:hub as uuid))
      """;

  private static final String INSERT =
      "insert into figure_people_quarter (quarter, hub_id, slice_kind, slice_key, "
          + String.join(", ", Headcounts.PEOPLE_COLUMNS)
          + ") values (:quarter, :hub, :kind, :key, "
          + IntStream.range(0, Headcounts.PEOPLE_COLUMNS.size())
              .mapToObj(i -> ":c" + i)
              .collect(Collectors.joining(", "))
          + ")";

  private PeopleCounts() {}

  /** One row of counts: a hub's quarter, month or topic. */
  private record Key(UUID hub, String kind, String slice) {}

  /** Counts every hub's every quarter again. */
  static void countAll(Handle handle) {
    List<Integer> quarters =
        handle
            .createQuery("select distinct quarter from figure_person_quarter order by quarter")
            .mapTo(Integer.class)
            .list();
    handle.execute("delete from figure_people_quarter");
    quarters.forEach(q -> count(handle, null, quarter(q)));
  }

  /**
   * Counts again one hub's quarter ({@code hub} null: every hub's), from its people as now kept:
   * call it after they are.
   */
  static void count(Handle handle, UUID hub, Quarter quarter) {
    int key = FigureRollup.key(quarter);
    handle
        .createUpdate(
            "delete from figure_people_quarter where quarter = :quarter"
                + " and (cast(:hub as uuid) is null or hub_id = cast(:hub as uuid))")
        .bind("quarter", key)
        .bind("hub", hub)
        .execute();
    Map<Key, long[]> counts = new HashMap<>();
    LocalDate day = quarter.firstDay();
    handle
        .createQuery(PEOPLE)
        .bind("quarter", key)
        .bind("hub", hub)
        .setFetchSize(hub == null ? FETCH : 0)
        .map(
            (rs, ctx) -> {
              UUID of = rs.getObject("hub_id", UUID.class);
              int[] cells = cells(rs, day);
              add(counts, new Key(of, HUB, ""), cells);
              for (String month : rs.getString("months").split(";")) {
                add(counts, new Key(of, MONTH, month), cells);
              }
              for (String topic : rs.getString("topics").split(";")) {
                add(counts, new Key(of, TOPIC, topic), cells);
              }
              return of;
            })
        .forEach(of -> {});
    if (counts.isEmpty()) {
      return;
    }
    PreparedBatch batch = handle.prepareBatch(INSERT);
    counts.forEach(
        (k, row) -> {
          batch.bind("quarter", key).bind("hub", k.hub()).bind("kind", k.kind());
          batch.bind("key", k.slice());
          for (int i = 0; i < row.length; i++) {
            batch.bind("c" + i, row[i]);
          }
          batch.add();
        });
    batch.execute();
  }

  private static void add(Map<Key, long[]> counts, Key key, int[] cells) {
    long[] row = counts.computeIfAbsent(key, k -> new long[Headcounts.PEOPLE_COLUMNS.size()]);
    for (int cell : cells) {
      row[cell]++;
    }
  }

  /**
   * The counts a registered participant adds to: their register's sex and age band on {@code day}
   * (by year, so the same on every day of a quarter), and each of their flags.
   */
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
    return Arrays.copyOf(cells, n);
  }

  /** The quarter of a key {@code yyyyq}. */
  static Quarter quarter(int key) {
    return Quarter.of(key / 10, key % 10);
  }
}
