package org.hubops.api.access;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * {@code access.throttle:} how failed logins and bad tokens are slowed, then refused. The address
 * limit is the higher one because a village library's readers share one public address.
 */
public final class ThrottleConfiguration {

  /** Failures answered at once; each one after that is answered {@link #slowDown} late. */
  @Min(0)
  private int slowAfter = 3;

  @NotNull private Duration slowDown = Duration.milliseconds(500);

  /**
   * Failed logins for one username from one address before that address is refused for it for
   * {@link #lockout}; from other addresses the username is only slowed.
   */
  @Min(1)
  private int usernameLimit = 10;

  /**
   * Failed logins from one address before its logins are refused for {@link #lockout}; bad tokens
   * and cookies are counted apart against the same limit, and refusing them never refuses a valid
   * one.
   */
  @Min(1)
  private int addressLimit = 100;

  @NotNull private Duration lockout = Duration.minutes(15);

  /** Where the counts are kept: see {@link Counts}. */
  @NotNull private Counts counts = Counts.MEMORY;

  /**
   * {@code memory}: in each instance, lost at a restart, no write per failed attempt (one
   * instance); {@code database}: in the database, shared by every instance on it (several instances
   * behind a load balancer, docs/scaling.md).
   */
  public enum Counts {
    MEMORY,
    DATABASE
  }

  @JsonProperty
  public int getSlowAfter() {
    return slowAfter;
  }

  @JsonProperty
  public void setSlowAfter(int slowAfter) {
    this.slowAfter = slowAfter;
  }

  @JsonProperty
  public Duration getSlowDown() {
    return slowDown;
  }

  @JsonProperty
  public void setSlowDown(Duration slowDown) {
    this.slowDown = slowDown;
  }

  @JsonProperty
  public int getUsernameLimit() {
    return usernameLimit;
  }

  @JsonProperty
  public void setUsernameLimit(int usernameLimit) {
    this.usernameLimit = usernameLimit;
  }

  @JsonProperty
  public int getAddressLimit() {
    return addressLimit;
  }

  @JsonProperty
  public void setAddressLimit(int addressLimit) {
    this.addressLimit = addressLimit;
  }

  @JsonProperty
  public Duration getLockout() {
    return lockout;
  }

  @JsonProperty
  public void setLockout(Duration lockout) {
    this.lockout = lockout;
  }

  @JsonProperty
  public Counts getCounts() {
    return counts;
  }

  @JsonProperty
  public void setCounts(Counts counts) {
    this.counts = counts;
  }
}
