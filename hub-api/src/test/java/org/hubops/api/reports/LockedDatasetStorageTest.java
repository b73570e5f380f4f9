package org.hubops.api.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hubops.api.testing.TestDatabase;
import org.hubops.api.testing.TestService;
import org.jdbi.v3.core.Jdbi;
import org.junit.jupiter.api.Test;

/**
 * What migration 083 keeps fast on PostgreSQL for a locked quarter's dataset: its frozen JSON is
 * compressed with lz4 (inflated several times faster than the default pglz), and who has reported
 * finds each hub's last session from an index of the live sessions alone.
 */
class LockedDatasetStorageTest {

  private final Jdbi jdbi = TestService.on(TestDatabase.POSTGRES).jdbi();

  @Test
  void aFrozenDatasetIsStoredCompressedWithLz4() {
    String compression =
        jdbi.inTransaction(
            handle -> {
              // Long enough to be compressed out of line, as every real dataset is.
              String json = "{\"hubs\":[" + "{\"code\":\"UA-0001\",\"sessions\":12},".repeat(5000);
              handle.execute(
                  "insert into frozen_dataset (period_year, period_quarter, scope, dataset_json)"
                      + " values (1999, 1, '', ?)",
                  json);
              String method =
                  handle
                      .createQuery(
                          "select pg_column_compression(dataset_json) from frozen_dataset"
                              + " where period_year = 1999")
                      .mapTo(String.class)
                      .one();
              handle.rollback();
              return method;
            });
    assertThat(compression).isEqualTo("lz4");
  }

  @Test
  void aHubsLastSessionIsReadFromTheIndexOfLiveSessions() {
    List<String> plan =
        jdbi.inTransaction(
            handle -> {
              // A test schema is small: without this PostgreSQL would rather read it all.
              handle.execute("set local enable_seqscan = off");
              return handle
                  .createQuery(
                      "explain select h.code, (select max(x.session_date) from session x"
                          + " where x.hub_id = h.id and x.deleted_at is null) from hub h")
                  .mapTo(String.class)
                  .list();
            });
    assertThat(String.join("\n", plan)).contains("Index Only Scan").contains("ix_session_hub_live");
  }
}
