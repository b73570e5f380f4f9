package org.hubops.api.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An H2 file database writes each commit before it returns, whatever its URL said. */
class H2DurabilityTest {

  private static final String SHIPPED =
      "jdbc:h2:file:./data/hubops;MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH;AUTO_SERVER=TRUE";

  @Test
  void aUrlWithoutWriteDelayGetsZero() {
    assertThat(H2Durability.durableUrl(SHIPPED)).isEqualTo(SHIPPED + ";WRITE_DELAY=0");
  }

  @Test
  void aDelayedFlushIsReplaced() {
    assertThat(H2Durability.durableUrl(SHIPPED + ";write_delay=500;IFEXISTS=TRUE"))
        .isEqualTo(SHIPPED + ";IFEXISTS=TRUE;WRITE_DELAY=0");
    assertThat(H2Durability.durableUrl("jdbc:h2:./data/x;WRITE_DELAY=0"))
        .isEqualTo("jdbc:h2:./data/x;WRITE_DELAY=0");
  }

  @Test
  void otherDatabasesAreLeftAsTheyAre() {
    for (String url :
        new String[] {
          "jdbc:h2:mem:test;DB_CLOSE_DELAY=-1",
          "jdbc:h2:tcp://db/hubops",
          "jdbc:postgresql://127.0.0.1:5432/hubops"
        }) {
      assertThat(H2Durability.durableUrl(url)).isEqualTo(url);
    }
  }
}
