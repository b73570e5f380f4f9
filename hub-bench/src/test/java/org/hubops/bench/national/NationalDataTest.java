package org.hubops.bench.national;

import static org.assertj.core.api.Assertions.assertThat;

import com.codahale.metrics.MetricRegistry;
import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.db.ManagedDataSource;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.hubops.api.reports.Headcounts;
import org.hubops.api.testing.TestDatabase;
import org.hubops.api.testing.TestService;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The national generator at a small scale (30 hubs): what it writes is consistent (keys, counts on
 * the session rows), skewed like the real network, and the service's quarterly report counts
 * exactly what the generator says it wrote.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NationalDataTest {

  private static final int YEAR = 2025;
  private static final double SCALE = 0.005;

  @Parameter TestDatabase database;

  private TestService service;
  private Jdbi jdbi;
  private Tally tally;
  private String progress;

  @BeforeParameterizedClassInvocation
  void generate() throws Exception {
    service = TestService.start(database);
    jdbi = service.jdbi();
    ManagedDataSource dataSource = service.database().build(new MetricRegistry(), "national");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      tally =
          new NationalData(7, SCALE, YEAR, new PrintStream(out, true, StandardCharsets.UTF_8))
              .write(dataSource);
    } finally {
      dataSource.stop();
    }
    progress = out.toString(StandardCharsets.UTF_8);
  }

  @AfterParameterizedClassInvocation
  void stop() {
    service.stop();
  }

  @Test
  void writesTheNetworkAtTheRequestedScale() {
    assertThat(count("select count(*) from hub")).isEqualTo(30).isEqualTo(tally.rows("hub"));
    long sessions = count("select count(*) from session");
    assertThat(sessions).isEqualTo(tally.rows("session")).isBetween(5_000L, 7_000L);
    // About ten people per session, as in the real network.
    assertThat(count("select count(*) from attendee"))
        .isEqualTo(tally.rows("attendee"))
        .isBetween(sessions * 8, sessions * 12);
    assertThat(count("select count(*) from equipment")).isEqualTo(tally.rows("equipment"));
    assertThat(progress).contains("attendee").contains("rows/s");
  }

  @Test
  void everyForeignKeyHolds() {
    // On PostgreSQL the load skips the row-by-row key checks, so they are made here, once.
    assertThat(
            count(
                "select count(*) from attendee a left join session s on s.id = a.session_id"
                    + " where s.id is null"))
        .isZero();
    assertThat(
            count(
                "select count(*) from attendee a left join participant p on p.id = a.participant_id"
                    + " where a.participant_id is not null and p.id is null"))
        .isZero();
    assertThat(
            count(
                "select count(*) from attendee a join session s on s.id = a.session_id"
                    + " join participant p on p.id = a.participant_id where p.hub_id <> s.hub_id"))
        .as("a session's registered people are on its own hub's register")
        .isZero();
    assertThat(
            count(
                "select count(*) from session_topic st left join topic t on t.code = st.topic_code"
                    + " where t.code is null"))
        .isZero();
    assertThat(
            count(
                "select count(*) from equipment_event ev left join equipment e"
                    + " on e.id = ev.equipment_id where e.id is null"))
        .isZero();
  }

  @Test
  void itemsCarryTheirChecksAndRepairsWithSkew() {
    long items = count("select count(*) from equipment");
    long checked = count("select count(distinct equipment_id) from equipment_check");
    assertThat(checked).as("items checked").isBetween(items / 2, items - 1);
    assertThat(
            count(
                "select count(*) from equipment e where e.last_checked_on is null"
                    + " and e.status in ('IN_SERVICE', 'UNDER_REPAIR', 'BROKEN')"
                    + " and e.acquired_on < date '"
                    + (YEAR - 1)
                    + "-12-31'"))
        .as("never checked, overdue by the year's end")
        .isPositive();
    assertThat(
            count(
                "select count(*) from equipment e where e.last_checked_on is distinct from"
                    + " (select max(c.check_date) from equipment_check c"
                    + " where c.equipment_id = e.id)"))
        .as("a last check that is not the latest check record")
        .isZero();
    assertThat(
            count(
                "select count(*) from equipment e where e.status = 'LOST' and not exists"
                    + " (select 1 from equipment_check c where c.equipment_id = e.id"
                    + " and not c.found and c.check_date = e.status_since)"))
        .as("lost without the check that missed it")
        .isZero();
    assertThat(count("select count(*) from equipment_repair where closed_on is null"))
        .isEqualTo(count("select count(*) from equipment where status = 'UNDER_REPAIR'"))
        .isPositive();
    assertThat(
            count(
                "select count(*) from equipment_repair r join equipment e on e.id = r.equipment_id"
                    + " where r.closed_on is not null and r.outcome = 'IN_SERVICE'"
                    + " and exists (select 1 from equipment_event ev where ev.equipment_id = e.id"
                    + " and ev.to_status = 'UNDER_REPAIR' and ev.event_date = r.opened_on)"
                    + " and exists (select 1 from equipment_event ev where ev.equipment_id = e.id"
                    + " and ev.from_status = 'UNDER_REPAIR' and ev.event_date = r.closed_on)"))
        .as("repairs closed in the year, in the items' history")
        .isPositive();
    assertThat(
            count(
                "select count(*) from equipment_check c left join equipment e"
                    + " on e.id = c.equipment_id where e.id is null or c.check_date < e.acquired_on"))
        .isZero();
  }

  @Test
  void classesUseTheirHubsItemsThatWorkThatDayAndSomeItemsNone() {
    assertThat(count("select count(*) from session_equipment")).isPositive();
    assertThat(
            count(
                "select count(*) from session_equipment se join session s on s.id = se.session_id"
                    + " join equipment e on e.id = se.equipment_id"
                    + " where e.hub_id <> s.hub_id or s.session_date < e.acquired_on"
                    + " or (e.status <> 'IN_SERVICE' and s.session_date >= e.status_since)"
                    + " or s.kind <> 'GROUP_CLASS'"))
        .as("an item used by another hub, before it came, once gone, or by a consultation")
        .isZero();
    assertThat(
            count(
                "select count(*) from session_equipment se join session s on s.id = se.session_id"
                    + " join equipment_repair r on r.equipment_id = se.equipment_id"
                    + " where s.session_date >= r.opened_on"
                    + " and (r.closed_on is null or s.session_date < r.closed_on)"))
        .as("an item used while away for repair")
        .isZero();
    assertThat(
            count(
                "select count(*) from equipment e where e.status = 'IN_SERVICE' and not exists"
                    + " (select 1 from session_equipment se where se.equipment_id = e.id)"))
        .as("items in service that no session used")
        .isPositive();
  }

  @Test
  void aHubSuspendedOrClosedInTheYearIsSoFromTheDayItStoppedLogging() {
    assertThat(count("select count(*) from hub where status <> 'ACTIVE'")).isPositive();
    assertThat(
            count(
                "select count(*) from hub h where h.status <> 'ACTIVE' and not exists (select 1"
                    + " from hub_status_change c where c.hub_id = h.id and c.status = h.status"
                    + " and c.since > h.opened_on)"))
        .as("stopped hubs without the date they stopped")
        .isZero();
    assertThat(
            count(
                "select count(*) from session s join hub_status_change c on c.hub_id = s.hub_id"
                    + " where c.status <> 'ACTIVE' and s.session_date >= c.since"))
        .as("sessions after a hub stopped")
        .isZero();
    assertThat(count("select count(*) from hub_status_change"))
        .isEqualTo(tally.rows("hub_status_change"));
  }

  @Test
  void sessionRowsCountTheirAttendeesAsTheServiceWould() {
    String people = String.join(" + ", Headcounts.COLUMNS.subList(0, Headcounts.IDP));
    assertThat(
            count(
                "select count(*) from session s where "
                    + people
                    + " <> (select count(*) from attendee a where a.session_id = s.id)"
                    + " or p_idp <> (select count(*) from attendee a"
                    + " where a.session_id = s.id and a.idp)"))
        .isZero();
  }

  @Test
  void busyCityHubsQuietVillagesAndSomeSilentQuarters() {
    List<Long> perHub =
        jdbi.withHandle(
            h ->
                h.createQuery(
                        "select count(s.id) from hub h left join session s on s.hub_id = h.id"
                            + " group by h.id order by 1")
                    .mapTo(Long.class)
                    .list());
    long busiest = perHub.get(perHub.size() - 1);
    long median = perHub.get(perHub.size() / 2);
    assertThat(busiest).isGreaterThan(2 * median);
    assertThat(count("select count(distinct oblast_code) from hub")).isGreaterThanOrEqualTo(12);
    assertThat(
            count(
                "select count(*) from (select h.id from hub h cross join (values (1), (2), (3),"
                    + " (4)) q (n) where not exists (select 1 from session s where s.hub_id = h.id"
                    + " and extract(quarter from s.session_date) = q.n)) silent"))
        .as("hub-quarters with no session")
        .isPositive();
  }

  @Test
  void theQuarterlyReportCountsWhatWasGenerated() {
    for (int quarter = 1; quarter <= 4; quarter++) {
      JsonNode figures =
          service
              .api()
              .get("/api/v1/reports/quarterly?year=%d&quarter=%d".formatted(YEAR, quarter))
              .json()
              .path("current")
              .path("figures");
      assertThat(figures.path("sessions").asLong()).isEqualTo(tally.sessions(quarter));
      long attendances = 0;
      for (JsonNode ages : figures.path("attendances").path("bySexAndAge")) {
        for (JsonNode count : ages) {
          attendances += count.asLong();
        }
      }
      assertThat(attendances).isEqualTo(tally.attendees(quarter));
    }
  }

  @Test
  void theSameSeedGivesTheSameNetwork() {
    assertThat(HubRegister.generate(7, SCALE, YEAR))
        .isEqualTo(HubRegister.generate(7, SCALE, YEAR));
    assertThat(HubRegister.generate(8, SCALE, YEAR))
        .isNotEqualTo(HubRegister.generate(7, SCALE, YEAR));
  }

  private long count(String sql) {
    return jdbi.withHandle(h -> h.createQuery(sql).mapTo(Long.class).one());
  }
}
