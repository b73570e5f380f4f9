package org.hubops.api.testing;

import io.dropwizard.db.DataSourceFactory;
import io.dropwizard.testing.ConfigOverride;
import io.dropwizard.testing.DropwizardTestSupport;
import io.dropwizard.testing.ResourceHelpers;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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

  public Api api() {
    return api;
  }

  public int adminPort() {
    return support.getAdminPort();
  }

  public HubConfiguration configuration() {
    return support.getConfiguration();
  }

  /**
   * The test configuration as a file: inside a jar (when another module's tests use this harness)
   * it is copied out first, since Dropwizard reads its configuration from a path.
   */
  private static String configFile() {
    URL resource = TestService.class.getResource("/test-config.yml");
    if (resource == null) {
      throw new IllegalStateException("test-config.yml is not on the class path");
    }
    if ("file".equals(resource.getProtocol())) {
      return ResourceHelpers.resourceFilePath("test-config.yml");
    }
    try (InputStream in = resource.openStream()) {
      Path copy = Files.createTempFile("hubops-test-config", ".yml");
      Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
      copy.toFile().deleteOnExit();
      return copy.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static TestService start(TestDatabase database) {
    DataSourceFactory db = database.fresh();
    DropwizardTestSupport<HubConfiguration> support =
        new DropwizardTestSupport<>(
            HubApplication.class,
            configFile(),
            ConfigOverride.config("database.driverClass", db.getDriverClass()),
            ConfigOverride.config("database.url", db.getUrl()),
            ConfigOverride.config("database.user", db.getUser()),
            ConfigOverride.config("database.password", db.getPassword()));
    try {
      support.before();
    } catch (Exception e) {
      throw new IllegalStateException("The service did not start on " + database, e);
    }
    Runtime.getRuntime().addShutdownHook(new Thread(support::after));
    return new TestService(support);
  }
}
