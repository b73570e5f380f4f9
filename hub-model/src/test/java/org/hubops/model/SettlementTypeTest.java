package org.hubops.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** How the codifier's categories count as settlement types, urban and rural. */
class SettlementTypeTest {

  @Test
  void citiesTownsAndVillagesFollowTheCodifierCategory() {
    assertThat(SettlementType.ofCategory("M")).contains(SettlementType.CITY);
    assertThat(SettlementType.ofCategory("K")).contains(SettlementType.CITY);
    assertThat(SettlementType.ofCategory("B")).contains(SettlementType.CITY);
    assertThat(SettlementType.ofCategory("X")).contains(SettlementType.TOWN);
    assertThat(SettlementType.ofCategory("C")).contains(SettlementType.VILLAGE);
    assertThat(SettlementType.ofCategory("X").orElseThrow().urban()).isTrue();
    assertThat(SettlementType.ofCategory("C").orElseThrow().urban()).isFalse();
  }

  @Test
  void unitsThatAreNoSettlementHaveNoType() {
    for (String unit : new String[] {"O", "P", "H", "Z", "", null}) {
      assertThat(SettlementType.ofCategory(unit)).as(unit).isEmpty();
    }
  }
}
