package org.hubops.api.equipment;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** How often each item must be physically checked; donors usually ask for once a year. */
public final class EquipmentConfiguration {

  @Min(1)
  @Max(60)
  private int auditIntervalMonths = EquipmentFigures.DEFAULT_INTERVAL_MONTHS;

  @JsonProperty
  public int getAuditIntervalMonths() {
    return auditIntervalMonths;
  }

  @JsonProperty
  public void setAuditIntervalMonths(int auditIntervalMonths) {
    this.auditIntervalMonths = auditIntervalMonths;
  }
}
