package org.hubops.api.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.hubops.api.testing.Fixtures;
import org.hubops.api.testing.TestDatabase;
import org.hubops.model.Quarter;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/** The demo data is what a demo needs: varied, believable, and the same for the same seed. */
class DemoDataTest {

  private static final LocalDate UNTIL = LocalDate.of(2026, 11, 20);

  @Test
  void fullDemoHasAboutFortyHubsInRealPlaces() {
    assertThat(DemoPlace.all()).hasSizeBetween(40, 45);
    assertThat(DemoPlace.all().stream().map(DemoPlace::oblast).distinct().count())
        .isGreaterThanOrEqualTo(10);
    assertThat(DemoPlace.all().stream().map(DemoPlace::settlementCode).distinct())
        .hasSize(DemoPlace.all().size())
        .allMatch(code -> code.matches("UA[0-9]{17}"));
    assertThat(DemoPlace.all()).allSatisfy(p -> assertThat(p.name()).matches(".*[а-яіїєґ].*"));
  }

  @Test
  void demoCoversManyOblastsTwoQuartersAndEveryKindOfAttendee() {
    Jdbi jdbi = TestDatabase.H2.migrated();

    DemoData.Summary summary = new DemoData(jdbi, Fixtures.audit(), 7, UNTIL, 10).write();

    assertThat(summary.hubs()).isEqualTo(10);
    assertThat(count(jdbi, "select count(distinct oblast_code) from hub"))
        .isGreaterThanOrEqualTo(10);
    assertThat(count(jdbi, "select count(*) from session")).isEqualTo(summary.sessions());
    // Real settlements of the codifier, most of them villages, as most hub libraries are.
    assertThat(count(jdbi, "select count(*) from hub where settlement_code is null")).isZero();
    assertThat(count(jdbi, "select count(*) from hub where settlement_type = 'VILLAGE'"))
        .isGreaterThan(count(jdbi, "select count(*) from hub where settlement_type = 'CITY'"));
    assertThat(count(jdbi, "select count(*) from attendee")).isEqualTo(summary.attendees());
    Quarter current = Quarter.containing(UNTIL);
    for (Quarter quarter : List.of(current.previous(), current)) {
      long inQuarter =
          jdbi.withHandle(
              h ->
                  h.createQuery(
                          "select count(*) from session where session_date between :from and :to")
                      .bind("from", quarter.firstDay())
                      .bind("to", quarter.lastDay())
                      .mapTo(Long.class)
                      .one());
      assertThat(inQuarter).as("sessions in " + quarter).isGreaterThan(100);
    }
    Map<String, Long> byGender = countsBy(jdbi, "gender");
    assertThat(byGender).containsKeys("FEMALE", "MALE", "UNDISCLOSED");
    assertThat(countsBy(jdbi, "age_band")).hasSize(8);
    for (String flag : List.of("idp", "disability", "veteran")) {
      assertThat(count(jdbi, "select count(*) from attendee where " + flag)).as(flag).isPositive();
    }
    assertThat(
            count(
                jdbi,
                "select count(*) from hub h where not exists (select 1 from session s"
                    + " where s.hub_id = h.id and s.session_date >= date '2026-10-01')"))
        .as("hubs silent this quarter")
        .isPositive();
    // Hubs suspended or closed part-way through a quarter, dated as it happened, log nothing after.
    assertThat(
            count(
                jdbi,
                "select count(*) from hub h join hub_status_change c on c.hub_id = h.id"
                    + " where c.status <> 'ACTIVE' and c.since > h.opened_on"
                    + " and h.status = c.status"))
        .isEqualTo(2);
    assertThat(
            count(
                jdbi,
                "select count(*) from session s join hub_status_change c on c.hub_id = s.hub_id"
                    + " where c.status <> 'ACTIVE' and s.session_date >= c.since"))
        .isZero();
    assertEquipmentRecordsHaveSkew(jdbi);
  }

  /**
   * Checks and repairs are records, as a coordinator leaves them: most items checked, some never
   * (and overdue a year after they came), repairs closed and still open, items lost at a check,
   * items no session used; and each item's history has one event per change, not one per session.
   */
  private static void assertEquipmentRecordsHaveSkew(Jdbi jdbi) {
    assertThat(count(jdbi, "select count(*) from equipment_check")).isPositive();
    assertThat(
            count(
                jdbi,
                "select count(*) from equipment e where e.last_checked_on is null and not exists"
                    + " (select 1 from equipment_check c where c.equipment_id = e.id)"
                    + " and e.acquired_on < date '2025-11-20'"))
        .as("never checked, overdue by " + UNTIL)
        .isPositive();
    assertThat(
            count(
                jdbi,
                "select count(*) from equipment e where e.last_checked_on is not null and not"
                    + " exists (select 1 from equipment_check c where c.equipment_id = e.id"
                    + " and c.check_date = e.last_checked_on)"))
        .as("a last check without its record")
        .isZero();
    assertThat(count(jdbi, "select count(*) from equipment_repair where closed_on is null"))
        .as("repairs still open")
        .isPositive();
    assertThat(
            count(
                jdbi,
                "select count(*) from equipment_repair where closed_on is not null"
                    + " and outcome = 'IN_SERVICE' and work_done is not null"))
        .as("repairs done")
        .isPositive();
    assertThat(
            count(
                jdbi,
                "select count(*) from equipment e join equipment_repair r on r.equipment_id = e.id"
                    + " where r.closed_on is null and e.status <> 'UNDER_REPAIR'"))
        .as("an open repair of an item not under repair")
        .isZero();
    assertThat(
            count(
                jdbi,
                "select count(*) from equipment e where e.status = 'LOST' and exists (select 1"
                    + " from equipment_check c where c.equipment_id = e.id and not c.found)"))
        .as("lost at a check")
        .isPositive();
    assertThat(
            count(
                jdbi,
                "select count(*) from equipment e where e.status = 'IN_SERVICE' and not exists"
                    + " (select 1 from session_equipment se where se.equipment_id = e.id)"))
        .as("in service, never used")
        .isPositive();
    assertThat(
            count(
                jdbi,
                "select count(*) from (select equipment_id, event_date, to_status"
                    + " from equipment_event group by equipment_id, event_date, to_status"
                    + " having count(*) > 1) twice"))
        .as("an equipment event repeated")
        .isZero();
    assertThat(count(jdbi, "select count(*) from equipment_event where from_status = to_status"))
        .isZero();
  }

  @Test
  void sameSeedGivesTheSameData() {
    Jdbi first = TestDatabase.H2.migrated();
    Jdbi second = TestDatabase.H2.migrated();

    new DemoData(first, Fixtures.audit(), 11, UNTIL, 2).write();
    new DemoData(second, Fixtures.audit(), 11, UNTIL, 2).write();

    String fingerprint =
        "select count(*) || '/' || sum(duration_minutes) || '/' || min(cast(id as varchar(36)))"
            + " from session";
    assertThat(text(first, fingerprint)).isEqualTo(text(second, fingerprint));
  }

  private static long count(Jdbi jdbi, String sql) {
    return jdbi.withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
  }

  private static String text(Jdbi jdbi, String sql) {
    return jdbi.withHandle(h -> h.createQuery(sql).mapTo(String.class).one());
  }

  private static Map<String, Long> countsBy(Jdbi jdbi, String column) {
    return jdbi.withHandle(
        h ->
            h.createQuery(
                    "select " + column + " as k, count(*) as n from attendee group by " + column)
                .reduceRows(
                    new java.util.HashMap<String, Long>(),
                    (map, row) -> {
                      map.put(row.getColumn("k", String.class), row.getColumn("n", Long.class));
                      return map;
                    }));
  }
}
