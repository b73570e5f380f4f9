package org.hubops.api.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hubops.api.reports.KnownQuarter.QUARTER;
import static org.hubops.api.reports.KnownQuarter.TODAY;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.hubops.api.testing.TestDatabase;
import org.hubops.model.report.Glance;
import org.hubops.model.report.QuarterlyDataset;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A quarter at a glance, read from its two small queries, is the glance of its dataset: the same
 * sessions, hours and attendances of the country and of each oblast, the same active and reporting
 * hubs, the same silent hubs in the same order; for the country and for one oblast.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class GlanceTest {

  private static final Instant NOW = Instant.parse("2026-11-29T08:00:00Z");

  @Parameter TestDatabase database;

  @Test
  void theGlanceOfAQuarterIsTheGlanceOfItsDataset() {
    Jdbi jdbi = KnownQuarter.in(database);
    for (String oblast : Arrays.asList(null, "UA-46", "UA-32")) {
      jdbi.useTransaction(
          TransactionIsolationLevel.REPEATABLE_READ,
          handle -> {
            Datasets datasets = new Datasets(handle);
            QuarterlyDataset dataset = datasets.quarterly(QUARTER, oblast, NOW, TODAY);
            Glance read =
                new Glances(handle)
                    .quarter(
                        QUARTER,
                        oblast,
                        datasets.oblasts(oblast),
                        Datasets.openStatus(QUARTER, TODAY));

            assertThat(read).as(String.valueOf(oblast)).isEqualTo(new Glances(handle).of(dataset));
            assertThat(read.silent())
                .extracting(Glance.SilentHub::code)
                .containsExactlyElementsOf(
                    oblast == null || oblast.equals("UA-32")
                        ? List.of(KnownQuarter.SILENT)
                        : List.of());
            assertThat(read.total().activity().sessions()).isPositive();
          });
    }
  }
}
