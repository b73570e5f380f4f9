package org.hubops.api.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.hubops.api.testing.TestDatabase;
import org.hubops.api.testing.TestService;
import org.junit.jupiter.api.Test;

/**
 * On PostgreSQL the data-quality list finds its sessions through partial indexes whose conditions
 * have to stay the ones the queries write: the sessions that count nobody (migration 082, {@link
 * Headcounts#NOBODY}) and the late entries (migration 084, {@link ReportDao#LATE_ON_POSTGRES}). If
 * either side changes alone, PostgreSQL reads the whole quarter's sessions again.
 */
class IssueIndexesTest {

  @Test
  void theSessionsThatCountNobodyAreFoundThroughTheirIndex() {
    assertThat(planOfTheQuartersSessionsWhere(Headcounts.NOBODY)).contains("ix_session_nobody");
  }

  @Test
  void theLateEntriesAreFoundThroughTheirIndex() {
    assertThat(planOfTheQuartersSessionsWhere(ReportDao.LATE_ON_POSTGRES))
        .contains("ix_session_late");
  }

  private static String planOfTheQuartersSessionsWhere(String condition) {
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
                              + condition)
                      .mapTo(String.class)
                      .list();
                });
    return String.join("\n", plan);
  }
}
