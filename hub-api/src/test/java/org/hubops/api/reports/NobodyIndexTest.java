package org.hubops.api.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hubops.api.sessions.Headcounts;
import org.hubops.api.testing.TestDatabase;
import org.hubops.api.testing.TestService;
import org.junit.jupiter.api.Test;

/**
 * On PostgreSQL the data-quality list finds the sessions that count nobody through the partial
 * index of migration 082, whose condition has to stay the one {@link Headcounts#NOBODY} writes: if
 * either changes alone, PostgreSQL reads the whole quarter's sessions again.
 */
class NobodyIndexTest {

  @Test
  void theSessionsThatCountNobodyAreFoundThroughTheirIndex() {
    List<String> plan =
        TestService.on(TestDatabase.POSTGRES)
            .jdbi()
            .inTransaction(
                handle -> {
                  // A test schema is small: without this PostgreSQL would rather read it all.
                  handle.execute("set local enable_seqscan = off");
                  return handle
                      .createQuery(
                          "explain select s.id from session s where s.deleted_at is null"
                              + " and s.session_date >= date '2025-10-01'"
                              + " and s.session_date <= date '2025-12-31' and "
                              + Headcounts.NOBODY)
                      .mapTo(String.class)
                      .list();
                });
    assertThat(String.join("\n", plan)).contains("ix_session_nobody");
  }
}
