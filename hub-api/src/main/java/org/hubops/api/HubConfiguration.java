package org.hubops.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.core.Configuration;
import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.validation.ValidationMethod;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.nio.file.Path;
import org.hubops.api.access.AccessConfiguration;
import org.hubops.api.cycle.CycleConfiguration;
import org.hubops.api.equipment.EquipmentConfiguration;
import org.hubops.api.imports.UploadFolder;
import org.hubops.api.platform.RequestLimits;
import org.hubops.api.privacy.PrivacyConfiguration;
import org.hubops.api.reminders.RemindersConfiguration;

/** {@code config/hub-api.yml}: the database, how the service starts, what requests it takes. */
public final class HubConfiguration extends Configuration {

  @Valid @NotNull private DataSourceFactory database = new DataSourceFactory();

  /**
   * Where reports, the dashboard and exports read, when not the main database: a PostgreSQL
   * streaming standby (docs/scaling.md), so that a national report's scans never slow logging.
   * Writes always go to {@link #database}.
   */
  @Valid private DataSourceFactory reportsDatabase;

  /** Bring the schema up to date at start-up; on for the embedded database. */
  private boolean migrateOnStart = true;

  /**
   * {@code ${HUBOPS_ADMIN_TOKEN:-}}: when set and no account exists yet, the service creates an
   * {@code admin} account holding this token at start-up. Blank for none.
   */
  private String bootstrapAdminToken = "";

  @Valid @NotNull private AccessConfiguration access = new AccessConfiguration();

  /** The largest request bodies accepted, by media type. */
  @Valid @NotNull private RequestLimits requestLimits = new RequestLimits();

  /**
   * Where uploaded files wait while they are read (a private folder; blank: {@code
   * java.io.tmpdir/hubops-uploads-<user>}).
   */
  private String uploadFolder = "";

  /**
   * How many sessions of an import are checked and written at a time, all in the import's one
   * transaction: what the service holds of an import at once, beyond its rows kept compactly.
   */
  @Min(1)
  private int importChunk = 1000;

  /**
   * Where clients reach the service (behind a proxy: the proxy's address), for the absolute
   * addresses it hands out, such as a new record's {@code Location}: never the request's {@code
   * Host} header, which the client chooses.
   */
  @NotNull private URI publicUrl = URI.create("http://localhost:8080");

  /** Participants' personal data: how long it is kept. */
  @Valid @NotNull private PrivacyConfiguration privacy = new PrivacyConfiguration();

  @JsonProperty
  public PrivacyConfiguration getPrivacy() {
    return privacy;
  }

  @JsonProperty
  public void setPrivacy(PrivacyConfiguration privacy) {
    this.privacy = privacy;
  }

  /** The quarterly reporting cycle: deadlines. */
  @Valid @NotNull private CycleConfiguration cycle = new CycleConfiguration();

  /** Equipment audits: how often each item must be checked. */
  @Valid @NotNull private EquipmentConfiguration equipment = new EquipmentConfiguration();

  /** Reminder e-mails before the deadline; off without an SMTP host. */
  @Valid @NotNull private RemindersConfiguration reminders = new RemindersConfiguration();

  @JsonProperty
  public RemindersConfiguration getReminders() {
    return reminders;
  }

  @JsonProperty
  public void setReminders(RemindersConfiguration reminders) {
    this.reminders = reminders;
  }

  @JsonProperty
  public EquipmentConfiguration getEquipment() {
    return equipment;
  }

  @JsonProperty
  public void setEquipment(EquipmentConfiguration equipment) {
    this.equipment = equipment;
  }

  @JsonProperty
  public CycleConfiguration getCycle() {
    return cycle;
  }

  @JsonProperty
  public void setCycle(CycleConfiguration cycle) {
    this.cycle = cycle;
  }

  @JsonProperty("database")
  public DataSourceFactory getDatabase() {
    return database;
  }

  @JsonProperty("database")
  public void setDatabase(DataSourceFactory database) {
    this.database = database;
  }

  /** The reports' database: {@code reportsDatabase} if set, else the main one. */
  @JsonProperty("reportsDatabase")
  public DataSourceFactory getReportsDatabase() {
    return reportsDatabase;
  }

  @JsonProperty("reportsDatabase")
  public void setReportsDatabase(DataSourceFactory reportsDatabase) {
    this.reportsDatabase = reportsDatabase;
  }

  @JsonProperty
  public boolean isMigrateOnStart() {
    return migrateOnStart;
  }

  @JsonProperty
  public void setMigrateOnStart(boolean migrateOnStart) {
    this.migrateOnStart = migrateOnStart;
  }

  @JsonProperty
  public String getBootstrapAdminToken() {
    return bootstrapAdminToken;
  }

  @JsonProperty
  public void setBootstrapAdminToken(String bootstrapAdminToken) {
    this.bootstrapAdminToken = bootstrapAdminToken;
  }

  @JsonProperty
  public AccessConfiguration getAccess() {
    return access;
  }

  @JsonProperty
  public void setAccess(AccessConfiguration access) {
    this.access = access;
  }

  @JsonProperty
  public URI getPublicUrl() {
    return publicUrl;
  }

  @JsonProperty
  public void setPublicUrl(URI publicUrl) {
    this.publicUrl = publicUrl;
  }

  @ValidationMethod(message = "publicUrl must be an absolute http or https address")
  @JsonIgnore
  public boolean isPublicUrlAbsolute() {
    return publicUrl == null
        || ("http".equals(publicUrl.getScheme()) || "https".equals(publicUrl.getScheme()))
            && publicUrl.getHost() != null;
  }

  @JsonProperty
  public RequestLimits getRequestLimits() {
    return requestLimits;
  }

  @JsonProperty
  public void setRequestLimits(RequestLimits requestLimits) {
    this.requestLimits = requestLimits;
  }

  @JsonProperty
  public int getImportChunk() {
    return importChunk;
  }

  @JsonProperty
  public void setImportChunk(int importChunk) {
    this.importChunk = importChunk;
  }

  /** The base of the private upload folder: the configured one, or the default. */
  public Path getUploadFolder() {
    return uploadFolder == null || uploadFolder.isBlank()
        ? UploadFolder.defaultBase()
        : Path.of(uploadFolder);
  }

  @JsonProperty
  public void setUploadFolder(String uploadFolder) {
    this.uploadFolder = uploadFolder;
  }
}
