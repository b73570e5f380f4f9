package org.hubops.api.access;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.util.Duration;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;

/** {@code access:} in the configuration: browser sessions and brute-force throttling. */
public final class AccessConfiguration {

  /** Off only for development over plain HTTP on another host than localhost. */
  private boolean secureCookies = true;

  @NotNull private Duration loginSessionLifetime = Duration.hours(12);

  /** A login not used for this long ends (a shared PC left logged in), unless remembered. */
  @NotNull private Duration loginIdleTimeout = Duration.minutes(30);

  /** How long a login lasts on a device its owner asked to be remembered. */
  @NotNull private Duration rememberedLoginLifetime = Duration.days(30);

  @Valid @NotNull private ThrottleConfiguration throttle = new ThrottleConfiguration();

  /**
   * IP addresses of the reverse proxies in front of the service: only from these is {@code
   * X-Forwarded-For} believed. None by default, so a client cannot choose the address it is counted
   * under.
   */
  @NotNull private List<String> trustedProxies = List.of();

  @JsonProperty
  public boolean isSecureCookies() {
    return secureCookies;
  }

  @JsonProperty
  public void setSecureCookies(boolean secureCookies) {
    this.secureCookies = secureCookies;
  }

  @JsonProperty
  public Duration getLoginIdleTimeout() {
    return loginIdleTimeout;
  }

  @JsonProperty
  public void setLoginIdleTimeout(Duration loginIdleTimeout) {
    this.loginIdleTimeout = loginIdleTimeout;
  }

  @JsonProperty
  public Duration getRememberedLoginLifetime() {
    return rememberedLoginLifetime;
  }

  @JsonProperty
  public void setRememberedLoginLifetime(Duration rememberedLoginLifetime) {
    this.rememberedLoginLifetime = rememberedLoginLifetime;
  }

  /** The three lifetimes of a browser's login, as the credentials check them. */
  public LoginLifetimes loginLifetimes() {
    return new LoginLifetimes(
        loginSessionLifetime.toJavaDuration(),
        loginIdleTimeout.toJavaDuration(),
        rememberedLoginLifetime.toJavaDuration());
  }

  @JsonProperty
  public Duration getLoginSessionLifetime() {
    return loginSessionLifetime;
  }

  @JsonProperty
  public void setLoginSessionLifetime(Duration loginSessionLifetime) {
    this.loginSessionLifetime = loginSessionLifetime;
  }

  @JsonProperty
  public ThrottleConfiguration getThrottle() {
    return throttle;
  }

  @JsonProperty
  public void setThrottle(ThrottleConfiguration throttle) {
    this.throttle = throttle;
  }

  @JsonProperty
  public List<String> getTrustedProxies() {
    return trustedProxies;
  }

  @JsonProperty
  public void setTrustedProxies(List<String> trustedProxies) {
    this.trustedProxies = trustedProxies;
  }
}
