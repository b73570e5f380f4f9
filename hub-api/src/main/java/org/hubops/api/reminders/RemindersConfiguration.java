package org.hubops.api.reminders;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.validation.ValidationMethod;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.LocalTime;

/**
 * Reminder e-mails to coordinators whose hubs have not submitted: the SMTP server to send through
 * and when to start. Off when no {@code smtpHost} is set.
 */
public final class RemindersConfiguration {

  private String smtpHost;

  @Min(1)
  @Max(65535)
  private int smtpPort = 587;

  private String username;
  private String password;

  /** The sender, e.g. {@code "HubOps <hubops@example.org>"}. */
  private String from;

  /** Upgrade the connection with STARTTLS (required then), as port 587 expects. */
  private boolean startTls = true;

  @Min(0)
  @Max(92)
  private int daysBeforeDeadline = 3;

  /** The time of day (Kyiv) the daily run starts. */
  @NotNull private LocalTime sendAt = LocalTime.of(9, 0);

  /** Where the links in the e-mails point; the service's {@code publicUrl} when not set. */
  @JsonProperty private URI publicUrl;

  /** Whether the service sends reminders at all. */
  @JsonIgnore
  public boolean isEnabled() {
    return smtpHost != null && !smtpHost.isBlank();
  }

  @ValidationMethod(message = "reminders.from is required when reminders.smtpHost is set")
  @JsonIgnore
  public boolean isFromGivenWhenEnabled() {
    return !isEnabled() || (from != null && !from.isBlank());
  }

  @JsonProperty
  public String getSmtpHost() {
    return smtpHost;
  }

  @JsonProperty
  public void setSmtpHost(String smtpHost) {
    this.smtpHost = smtpHost;
  }

  @JsonProperty
  public int getSmtpPort() {
    return smtpPort;
  }

  @JsonProperty
  public void setSmtpPort(int smtpPort) {
    this.smtpPort = smtpPort;
  }

  @JsonProperty
  public String getUsername() {
    return username;
  }

  @JsonProperty
  public void setUsername(String username) {
    this.username = username;
  }

  /** Write-only in effect: {@link #toString()} never shows it. */
  @JsonProperty
  public String getPassword() {
    return password;
  }

  @JsonProperty
  public void setPassword(String password) {
    this.password = password;
  }

  @JsonProperty
  public String getFrom() {
    return from;
  }

  @JsonProperty
  public void setFrom(String from) {
    this.from = from;
  }

  @JsonProperty
  public boolean isStartTls() {
    return startTls;
  }

  @JsonProperty
  public void setStartTls(boolean startTls) {
    this.startTls = startTls;
  }

  @JsonProperty
  public int getDaysBeforeDeadline() {
    return daysBeforeDeadline;
  }

  @JsonProperty
  public void setDaysBeforeDeadline(int daysBeforeDeadline) {
    this.daysBeforeDeadline = daysBeforeDeadline;
  }

  @JsonProperty
  public LocalTime getSendAt() {
    return sendAt;
  }

  @JsonProperty
  public void setSendAt(LocalTime sendAt) {
    this.sendAt = sendAt;
  }

  /** Where the links in the e-mails point: here, or else the service's {@code servicesUrl}. */
  URI linksTo(URI servicesUrl) {
    return publicUrl != null ? publicUrl : servicesUrl;
  }

  @Override
  public String toString() {
    return "RemindersConfiguration[" + (isEnabled() ? smtpHost + ":" + smtpPort : "off") + "]";
  }
}
