package org.hubops.api.privacy;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/** How long names and phones are kept after a person's last attendance, and the daily job. */
public final class PrivacyConfiguration {

  /** 36 months: three reporting years, enough to recognise a learner who comes back. */
  @Min(1)
  @Max(1200)
  private int retentionMonths = 36;

  /** Whether the service erases what is due once a day by itself (tests switch it off). */
  private boolean dailyRetention = true;

  @JsonProperty
  public int getRetentionMonths() {
    return retentionMonths;
  }

  @JsonProperty
  public void setRetentionMonths(int retentionMonths) {
    this.retentionMonths = retentionMonths;
  }

  @JsonProperty
  public boolean isDailyRetention() {
    return dailyRetention;
  }

  @JsonProperty
  public void setDailyRetention(boolean dailyRetention) {
    this.dailyRetention = dailyRetention;
  }
}
