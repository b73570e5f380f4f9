package org.hubops.model.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.hubops.model.AgeBand;
import org.hubops.model.EquipmentCategory;
import org.hubops.model.EquipmentStatus;
import org.hubops.model.Gender;
import org.hubops.model.Quarter;
import org.hubops.model.SessionFormat;
import org.hubops.model.SessionKind;
import org.hubops.model.SettlementType;
import org.hubops.model.rest.Oblast;
import org.hubops.model.rest.Topic;
import org.junit.jupiter.api.Test;

class DatasetJsonTest {

  private final ObjectMapper json =
      new ObjectMapper()
          .registerModule(new JavaTimeModule())
          .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private final HubRef hub =
      new HubRef("LV-0042", "Бібліотека №3", "UA-46", SettlementType.VILLAGE);
  private final Headcount people =
      Headcount.builder().add(Gender.FEMALE, AgeBand.AGE_70_PLUS, 3).disability(1).build();
  private final Figures figures = new Figures(2, 150, people, people);

  @Test
  void quarterlyDatasetSurvivesJsonUnchanged() throws Exception {
    Oblast lviv = new Oblast("UA-46", "Львівська", "Lviv");
    Instant at = Instant.parse("2026-10-02T08:00:00Z");
    QuarterlyDataset dataset =
        new QuarterlyDataset(
            Quarter.of(2026, 3),
            null,
            at,
            new Overview(1, 1, figures),
            new Overview(1, 0, Figures.NONE),
            List.of(new MonthFigures(YearMonth.of(2026, 7), figures)),
            List.of(new RegionFigures(lviv, 1, 1, figures)),
            List.of(new HubFigures(hub, figures)),
            List.of(new TopicFigures(new Topic("E.1", "E", "Дія", "Diia"), figures)),
            new EquipmentDataset(
                LocalDate.of(2026, 9, 30),
                null,
                List.of(lviv),
                List.of(
                    new EquipmentCount(hub, EquipmentCategory.LAPTOP, EquipmentStatus.BROKEN, 2)),
                List.of(
                    new EquipmentItem(
                        hub,
                        "INV-1",
                        EquipmentCategory.LAPTOP,
                        "ThinkPad",
                        "SN1",
                        "USAID",
                        LocalDate.of(2024, 1, 5),
                        EquipmentStatus.BROKEN,
                        LocalDate.of(2026, 8, 1),
                        null))),
            List.of(
                new SessionIssue(
                    DataIssue.LATE_ENTRY, LocalDate.of(2026, 7, 1), hub, SessionKind.EVENT, at)));

    String text = json.writeValueAsString(dataset);

    assertThat(json.readValue(text, QuarterlyDataset.class)).isEqualTo(dataset);
    assertThat(text).contains("\"quarter\":\"2026-Q3\"");
    assertThat(json.readTree(text).has("oblasts")).as("derived, not a field").isFalse();
  }

  @Test
  void sessionLineJsonHoldsOnlyNonZeroCellsAndNoDerivedFields() throws Exception {
    SessionLine line =
        new SessionLine(
            LocalDate.of(2026, 7, 1),
            hub,
            SessionKind.GROUP_CLASS,
            SessionFormat.IN_PERSON,
            List.of("1.1", "E.1"),
            90,
            people,
            Instant.parse("2026-07-01T12:00:00Z"));

    String text = json.writeValueAsString(line);

    assertThat(json.readValue(text, SessionLine.class)).isEqualTo(line);
    assertThat(text)
        .contains("\"bySexAndAge\":{\"FEMALE\":{\"AGE_70_PLUS\":3}}")
        .doesNotContain("\"MALE\"", "recordedLate", "total");
  }
}
