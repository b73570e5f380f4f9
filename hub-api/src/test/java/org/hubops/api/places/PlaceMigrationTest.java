package org.hubops.api.places;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.db.DataSourceFactory;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.hubops.api.platform.Migrations;
import org.hubops.api.testing.TestDatabase;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The places migrations on both databases: the codifier loaded whole, and the hubs of UA-74 and
 * UA-77 (whose names the first seed swapped) moved where they belong, each one listed.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class PlaceMigrationTest {

  @Parameter TestDatabase database;

  @Test
  void theBundledCodifierIsLoadedWithEveryCategoryOfTheFile() throws IOException {
    Jdbi jdbi = database.migrated();

    List<String> stored =
        strings(
            jdbi,
            "select category || '=' || count(*) from place group by category order by category");

    assertThat(stored)
        .containsExactlyElementsOf(
            categoriesInFile().entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue())
                .toList())
        .contains("C=27237", "H=1772", "P=136");
    assertThat(strings(jdbi, "select count(*) from place where retired")).containsExactly("0");
  }

  @Test
  void hubsOfTheSwappedOblastsMoveByTheirSettlementElseByTheNameTheirUsersSaw() {
    DataSourceFactory factory = database.fresh();
    Migrations.migrate(factory);
    Jdbi jdbi = Jdbi.create(factory.getUrl(), factory.getUser(), factory.getPassword());
    // The database as the first seed left it: names swapped, hubs registered under them.
    jdbi.useHandle(
        h -> {
          h.execute(
              "update oblast set name_uk = 'Чернівецька область', name_en = 'Chernivtsi Oblast'"
                  + " where code = 'UA-74'");
          h.execute(
              "update oblast set name_uk = 'Чернігівська область', name_en = 'Chernihiv Oblast'"
                  + " where code = 'UA-77'");
          // Chernihiv city, put under UA-77 as the demo did (then named Чернігівська)
          hub(h, "CN-0001", "UA-77", "Чернігівська міська громада", "Чернігів");
          // Nizhyn, registered on UA-74 through the API by someone who knew the ISO code
          hub(h, "CN-0002", "UA-74", "Ніжинська міська громада", "Ніжин");
          // Chernivtsi city, on UA-74 (then named Чернівецька)
          hub(h, "CV-0001", "UA-74", "Чернівецька міська громада", "Чернівці");
          // A settlement the codifier does not know: the name its users saw decides
          hub(h, "CV-0002", "UA-74", "Невідома громада", "Вигадане");
          hub(h, "CN-0003", "UA-77", "Невідома громада", "Вигадане");
          // Another oblast is left alone
          hub(h, "LV-0001", "UA-46", "Славська селищна громада", "Тухля");
          h.execute("delete from databasechangelog where id like '051-%' or id like '052-%'");
          h.execute("delete from schema_fingerprint");
        });

    Migrations.migrate(factory);

    assertThat(oblastOf(jdbi))
        .containsEntry("CN-0001", "UA-74")
        .containsEntry("CN-0002", "UA-74")
        .containsEntry("CV-0001", "UA-77")
        .containsEntry("CV-0002", "UA-77")
        .containsEntry("CN-0003", "UA-74")
        .containsEntry("LV-0001", "UA-46");
    assertThat(
            strings(
                jdbi,
                "select hub_code || ' ' || from_oblast || '>' || to_oblast || ' '"
                    + " || reason from hub_oblast_move order by hub_code"))
        .containsExactly(
            "CN-0001 UA-77>UA-74 SETTLEMENT",
            "CN-0003 UA-77>UA-74 NAME_SHOWN",
            "CV-0001 UA-74>UA-77 SETTLEMENT",
            "CV-0002 UA-74>UA-77 NAME_SHOWN");
    assertThat(
            strings(
                jdbi,
                "select name_en from oblast where code in ('UA-74', 'UA-77')" + " order by code"))
        .containsExactly("Chernihiv Oblast", "Chernivtsi Oblast");
    // Then each known settlement got its code; the invented one is left for staff.
    assertThat(settlementCodeOf(jdbi))
        .containsEntry("CN-0001", "UA74100390010054825")
        .containsEntry("CV-0002", "-")
        .containsEntry("LV-0001", "UA46100210130069026");
  }

  private static void hub(
      org.jdbi.v3.core.Handle h, String code, String oblast, String hromada, String settlement) {
    h.createUpdate(
            """
            insert into hub (id, code, name, institution_type, oblast_code, hromada, settlement,
                             settlement_type, opened_on, status, version, created_at, updated_at,
                             created_by)
            values (:id, :code, 'Бібліотека', 'LIBRARY', :oblast, :hromada, :settlement, 'CITY',
                    :opened, 'ACTIVE', 1, :now, :now, 'test')
            """)
        .bind("id", UUID.randomUUID())
        .bind("code", code)
        .bind("oblast", oblast)
        .bind("hromada", hromada)
        .bind("settlement", settlement)
        .bind("opened", LocalDate.of(2024, 1, 1))
        .bind("now", OffsetDateTime.now())
        .execute();
  }

  private static List<String> strings(Jdbi jdbi, String sql) {
    return jdbi.withHandle(h -> h.createQuery(sql).mapTo(String.class).list());
  }

  private static Map<String, String> oblastOf(Jdbi jdbi) {
    return jdbi.withHandle(
        h ->
            h.createQuery("select code, oblast_code from hub")
                .setMapKeyColumn("code")
                .setMapValueColumn("oblast_code")
                .collectInto(new org.jdbi.v3.core.generic.GenericType<Map<String, String>>() {}));
  }

  private static Map<String, String> settlementCodeOf(Jdbi jdbi) {
    return jdbi.withHandle(
        h ->
            h.createQuery("select code, coalesce(settlement_code, '-') as s from hub")
                .setMapKeyColumn("code")
                .setMapValueColumn("s")
                .collectInto(new org.jdbi.v3.core.generic.GenericType<Map<String, String>>() {}));
  }

  static Map<String, Integer> categoriesInFile() throws IOException {
    try (InputStream in =
        PlaceMigrationTest.class.getClassLoader().getResourceAsStream(BundledEdition.RESOURCE)) {
      List<String> lines = new String(in.readAllBytes(), "UTF-8").lines().skip(1).toList();
      return lines.stream()
          .collect(
              Collectors.groupingBy(
                  l -> l.split(";", -1)[5], TreeMap::new, Collectors.summingInt(l -> 1)));
    }
  }
}
