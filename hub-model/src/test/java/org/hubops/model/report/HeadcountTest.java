package org.hubops.model.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.hubops.model.AgeBand;
import org.hubops.model.Gender;
import org.junit.jupiter.api.Test;

class HeadcountTest {

  private final Headcount threeWomenOneMan =
      Headcount.builder()
          .add(Gender.FEMALE, AgeBand.AGE_30_39, 2)
          .add(Gender.FEMALE, AgeBand.AGE_60_69, 1)
          .add(Gender.MALE, AgeBand.AGE_60_69, 1)
          .idp(2)
          .veteran(1)
          .build();

  @Test
  void countsBySexByAgeAndInTotal() {
    assertThat(threeWomenOneMan.count(Gender.FEMALE)).isEqualTo(3);
    assertThat(threeWomenOneMan.count(Gender.UNDISCLOSED)).isZero();
    assertThat(threeWomenOneMan.count(AgeBand.AGE_60_69)).isEqualTo(2);
    assertThat(threeWomenOneMan.count(Gender.MALE, AgeBand.AGE_60_69)).isEqualTo(1);
    assertThat(threeWomenOneMan.count(Gender.MALE, AgeBand.AGE_30_39)).isZero();
    assertThat(threeWomenOneMan.total()).isEqualTo(4);
  }

  @Test
  void zeroCellsAreDroppedSoEqualHeadcountsAreEqual() {
    Headcount withZeros =
        new Headcount(
            Map.of(
                Gender.FEMALE, Map.of(AgeBand.AGE_30_39, 2L, AgeBand.AGE_60_69, 1L),
                Gender.MALE, Map.of(AgeBand.AGE_60_69, 1L, AgeBand.UNDER_18, 0L),
                Gender.UNDISCLOSED, Map.of(AgeBand.UNKNOWN, 0L)),
            2,
            0,
            1);

    assertThat(withZeros).isEqualTo(threeWomenOneMan);
    assertThat(withZeros.bySexAndAge()).doesNotContainKey(Gender.UNDISCLOSED);
  }

  @Test
  void plusAddsEveryCellAndFlag() {
    Headcount sum = threeWomenOneMan.plus(threeWomenOneMan).plus(Headcount.NONE);

    assertThat(sum.count(Gender.FEMALE, AgeBand.AGE_30_39)).isEqualTo(4);
    assertThat(sum.total()).isEqualTo(8);
    assertThat(sum.idp()).isEqualTo(4);
    assertThat(sum.disability()).isZero();
    assertThat(sum.veteran()).isEqualTo(2);
  }

  @Test
  void negativeCountsAreRejected() {
    assertThatThrownBy(() -> Headcount.builder().add(Gender.MALE, AgeBand.UNKNOWN, -1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("MALE/UNKNOWN");
  }
}
