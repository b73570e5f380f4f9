package org.hubops.api.cycle;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.LocalDate;
import org.hubops.model.Quarter;

/** The reporting cycle's calendar: how long after a quarter's end a submission is on time. */
public final class CycleConfiguration {

  @Min(0)
  @Max(366)
  private int deadlineDays = 10;

  @JsonProperty
  public int getDeadlineDays() {
    return deadlineDays;
  }

  @JsonProperty
  public void setDeadlineDays(int deadlineDays) {
    this.deadlineDays = deadlineDays;
  }

  /** The last day on which a submission of {@code quarter} is on time. */
  public LocalDate deadline(Quarter quarter) {
    return quarter.lastDay().plusDays(deadlineDays);
  }
}
