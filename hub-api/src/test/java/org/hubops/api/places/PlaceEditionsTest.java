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
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hubops.api.reports.ReportService;
import org.hubops.api.testing.TestDatabase;
import org.hubops.model.Kyiv;
import org.hubops.model.Quarter;
import org.hubops.model.SettlementType;
import org.hubops.model.report.DataIssue;
import org.hubops.model.report.HubFigures;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What {@code load-places} does with a newer edition: hubs on a renamed settlement take its new
 * name, hubs on a retired code keep it and are listed, hubs on a re-categorised settlement take the
 * type its new category gives and are listed.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class PlaceEditionsTest {

  private static final String TUKHLIA = "UA46100210130069026";
  private static final String NIZHYN = "UA74040250010023991";
  private static final String ROZHANKA = "UA46100210020059126";
  private static final String VOLOSIANKA = "UA46100210030098128";

  @Parameter TestDatabase database;

  @Test
  void hubsFollowARenameAndTheHubsOnARetiredCodeAreListed() throws Exception {
    Jdbi jdbi = database.migrated();
    hub(jdbi, "LV-0001", TUKHLIA, "UA-46", "Тухля");
    hub(jdbi, "CN-0001", NIZHYN, "UA-74", "Ніжин");
    String newer =
        newer(
            lines ->
                lines
                    .filter(line -> !line.contains(TUKHLIA))
                    .map(
                        line ->
                            line.endsWith(";Ніжин")
                                ? line.replace(";Ніжин", ";Ніжин-Новий")
                                : line));

    PlaceEditions.Result result = load(jdbi, newer);

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
    PlaceEditions.Result again = load(jdbi, newer);
    assertThat(again.outcome().added() + again.outcome().renamed() + again.outcome().retired())
        .isZero();
  }

  @Test
  void aVillageTheNewerEditionMakesASettlementMakesItsHubUrbanAndListsIt() throws Exception {
    Jdbi jdbi = database.migrated();
    hub(jdbi, "LV-0011", ROZHANKA, "UA-46", "Верхня Рожанка");
    hub(jdbi, "LV-0012", VOLOSIANKA, "UA-46", "Волосянка");
    String newer =
        newer(lines -> lines.map(l -> l.contains(ROZHANKA) ? l.replace(";C;", ";X;") : l));

    PlaceEditions.Result result = load(jdbi, newer);

    assertThat(result.outcome().recategorisedCodes()).containsExactly(ROZHANKA);
    assertThat(result.retypedHubs())
        .containsExactly(
            new PlaceEditions.RetypedHub(
                "LV-0011",
                "Бібліотека",
                ROZHANKA,
                "Верхня Рожанка",
                SettlementType.VILLAGE,
                SettlementType.TOWN));
    Quarter quarter = Quarter.containing(LocalDate.now(Kyiv.ZONE));
    Map<String, SettlementType> types =
        new ReportService(jdbi, Clock.systemUTC(), Jackson.newObjectMapper())
            .quarterly(quarter, "UA-46").hubs().stream()
                .collect(Collectors.toMap(h -> h.hub().code(), h -> h.hub().settlementType()));
    assertThat(types)
        .containsEntry("LV-0011", SettlementType.TOWN)
        .containsEntry("LV-0012", SettlementType.VILLAGE);
    assertThat(SettlementType.TOWN.urban()).isTrue();
    int version =
        jdbi.withHandle(
            h ->
                h.createQuery("select version from hub where code = 'LV-0011'")
                    .mapTo(int.class)
                    .one());
    assertThat(version).isEqualTo(2);
    // The same edition again retypes nothing.
    PlaceEditions.Result again = load(jdbi, newer);
    assertThat(again.retypedHubs()).isEmpty();
  }

  /** The bundled edition with its lines changed by {@code change}. */
  private static String newer(UnaryOperator<Stream<String>> change) throws Exception {
    return change
        .apply(new String(PlaceLoadTest.bundledBytes(), StandardCharsets.UTF_8).lines())
        .reduce(new StringBuilder(), (b, l) -> b.append(l).append('\n'), StringBuilder::append)
        .toString();
  }

  private static PlaceEditions.Result load(Jdbi jdbi, String edition) throws Exception {
    return new PlaceEditions(jdbi)
        .load("2025-09-01", new ByteArrayInputStream(edition.getBytes(StandardCharsets.UTF_8)));
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
