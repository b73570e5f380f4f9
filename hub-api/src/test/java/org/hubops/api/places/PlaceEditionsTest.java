package org.hubops.api.places;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.jackson.Jackson;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hubops.api.reports.ReportService;
import org.hubops.api.testing.TestDatabase;
import org.hubops.model.Kyiv;
import org.hubops.model.Quarter;
import org.hubops.model.report.DataIssue;
import org.hubops.model.report.HubFigures;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What {@code load-places} does with a newer edition: hubs on a renamed settlement take its new
 * name, hubs on a retired code keep it and are listed.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class PlaceEditionsTest {

  private static final String TUKHLIA = "UA46100210130069026";
  private static final String NIZHYN = "UA74040250010023991";

  @Parameter TestDatabase database;

  @Test
  void hubsFollowARenameAndTheHubsOnARetiredCodeAreListed() throws Exception {
    Jdbi jdbi = database.migrated();
    hub(jdbi, "LV-0001", TUKHLIA, "UA-46", "Тухля");
    hub(jdbi, "CN-0001", NIZHYN, "UA-74", "Ніжин");
    String newer =
        new String(PlaceLoadTest.bundledBytes(), StandardCharsets.UTF_8)
            .lines()
            .filter(line -> !line.contains(TUKHLIA))
            .map(line -> line.endsWith(";Ніжин") ? line.replace(";Ніжин", ";Ніжин-Новий") : line)
            .reduce(new StringBuilder(), (b, l) -> b.append(l).append('\n'), StringBuilder::append)
            .toString();

    PlaceEditions.Result result =
        new PlaceEditions(jdbi)
            .load("2025-09-01", new ByteArrayInputStream(newer.getBytes(StandardCharsets.UTF_8)));

    assertThat(result.outcome().retiredCodes()).containsExactly(TUKHLIA);
    assertThat(result.retiredHubs())
        .extracting(PlaceEditions.RetiredHub::code)
        .containsExactly("LV-0001");
    assertThat(result.hubsRenamed()).isEqualTo(1);
    List<String> settlements =
        jdbi.withHandle(
            h ->
                h.createQuery("select settlement from hub order by code")
                    .mapTo(String.class)
                    .list());
    assertThat(settlements).containsExactly("Ніжин-Новий", "Тухля");
    // The quarter's Data quality lists the hub left on the retired code, and one with no code.
    hub(jdbi, "LV-0002", null, "UA-46", "Без коду");
    Quarter quarter = Quarter.containing(LocalDate.now(Kyiv.ZONE));
    Map<String, DataIssue> placeIssues =
        new ReportService(jdbi, Clock.systemUTC(), Jackson.newObjectMapper())
            .quarterly(quarter, "UA-46").hubs().stream()
                .filter(h -> h.placeIssue() != null)
                .collect(Collectors.toMap(h -> h.hub().code(), HubFigures::placeIssue));
    assertThat(placeIssues)
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "LV-0001", DataIssue.HUB_ON_RETIRED_CODE,
                "LV-0002", DataIssue.HUB_WITHOUT_SETTLEMENT_CODE));
    // The same edition again changes nothing.
    PlaceEditions.Result again =
        new PlaceEditions(jdbi)
            .load("2025-09-01", new ByteArrayInputStream(newer.getBytes(StandardCharsets.UTF_8)));
    assertThat(again.outcome().added() + again.outcome().renamed() + again.outcome().retired())
        .isZero();
  }

  private static void hub(
      Jdbi jdbi, String code, String settlementCode, String oblast, String name) {
    jdbi.useHandle(
        h ->
            h.createUpdate(
                    """
                    insert into hub (id, code, name, institution_type, settlement_code,
                                     oblast_code, hromada, settlement, settlement_type, opened_on,
                                     status, version, created_at, updated_at, created_by)
                    values (:id, :code, 'Бібліотека', 'LIBRARY', :settlementCode, :oblast,
                            'Громада', :name, 'VILLAGE', :opened, 'ACTIVE', 1, :now, :now, 'test')
                    """)
                .bind("id", UUID.randomUUID())
                .bind("code", code)
                .bind("settlementCode", settlementCode)
                .bind("oblast", oblast)
                .bind("name", name)
                .bind("opened", LocalDate.of(2024, 1, 1))
                .bind("now", OffsetDateTime.now())
                .execute());
  }
}
