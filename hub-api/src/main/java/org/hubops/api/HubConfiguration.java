package org.hubops.api;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dropwizard.core.Configuration;
import io.dropwizard.db.DataSourceFactory;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.hubops.api.access.AccessConfiguration;
import org.hubops.api.cycle.CycleConfiguration;
import org.hubops.api.platform.RequestLimits;

/** {@code config/hub-api.yml}: the database, how the service starts, what requests it takes. */
public final class HubConfiguration extends Configuration {

  @Valid @NotNull private DataSourceFactory database = new DataSourceFactory();

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

  /** The quarterly reporting cycle: deadlines. */
  @Valid @NotNull private CycleConfiguration cycle = new CycleConfiguration();

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
  public RequestLimits getRequestLimits() {
    return requestLimits;
  }

  @JsonProperty
  public void setRequestLimits(RequestLimits requestLimits) {
    this.requestLimits = requestLimits;
  }
}
