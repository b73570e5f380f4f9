package org.hubops.api.testing;

import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.DropwizardTestSupport;
import io.dropwizard.testing.ResourceHelpers;
import java.util.EnumMap;
import java.util.Map;
import org.hubops.api.HubApplication;
import org.hubops.api.HubConfiguration;

/**
 * A real running service (Jetty on a free port) per database, started once per test JVM and shared
 * by the test classes; tests keep apart by making hubs of their own.
 */
public final class TestService {

  private static final Map<TestDatabase, TestService> RUNNING = new EnumMap<>(TestDatabase.class);

  private final DropwizardTestSupport<HubConfiguration> support;
  private final Api api;

  private TestService(DropwizardTestSupport<HubConfiguration> support) {
    this.support = support;
    this.api = new Api("http://localhost:" + support.getLocalPort());
  }

  /** The service on {@code database}, started on first use. */
  public static synchronized TestService on(TestDatabase database) {
    return RUNNING.computeIfAbsent(database, TestService::start);
  }

  /**
   * A service of its own from {@code configPath} with {@code overrides}, for a test that stops it
   * or its database; that test must {@link #stop()} it.
   */
  public static TestService dedicated(String configPath, ConfigOverride... overrides) {
    DropwizardTestSupport<HubConfiguration> support =
        new DropwizardTestSupport<>(HubApplication.class, configPath, overrides);
    try {
      support.before();
    } catch (Exception e) {
      throw new IllegalStateException("The service did not start from " + configPath, e);
    } finally {
      forgetOverrides();
    }
    return new TestService(support);
  }

  /** Stops the service: gracefully, letting requests in flight finish. */
  public void stop() {
    support.after();
  }

  /**
   * ConfigOverride works through {@code dw.*} system properties, which stay set while the service
   * runs; a service or command started later in this JVM would read them as its own settings.
   */
  private static void forgetOverrides() {
    System.getProperties().stringPropertyNames().stream()
        .filter(name -> name.startsWith("dw."))
        .forEach(System::clearProperty);
  }

  public Api api() {
    return api;
  }

  public int adminPort() {
    return support.getAdminPort();
  }

  public HubConfiguration configuration() {
    return support.getConfiguration();
  }

  private static TestService start(TestDatabase database) {
    DataSourceFactory db = database.fresh();
    DropwizardTestSupport<HubConfiguration> support =
        new DropwizardTestSupport<>(
            HubApplication.class,
            ResourceHelpers.resourceFilePath("test-config.yml"),
            ConfigOverride.config("database.driverClass", db.getDriverClass()),
            ConfigOverride.config("database.url", db.getUrl()),
            ConfigOverride.config("database.user", db.getUser()),
            ConfigOverride.config("database.password", db.getPassword()));
    try {
      support.before();
    } catch (Exception e) {
      throw new IllegalStateException("The service did not start on " + database, e);
    } finally {
      forgetOverrides();
    }
    Runtime.getRuntime().addShutdownHook(new Thread(support::after));
    return new TestService(support);
  }
}
