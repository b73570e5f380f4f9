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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.hubops.api.HubApplication;
import org.hubops.api.HubConfiguration;
import org.hubops.api.access.Secrets;
import org.hubops.api.platform.Database;
import org.hubops.model.Role;
import org.hubops.model.rest.Account;
import org.hubops.model.rest.Hub;
import org.hubops.model.rest.IssuedToken;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.SqlObjectPlugin;

/**
 * A real running service (Jetty on a free port) per database, started once per test JVM and shared
 * by the test classes; tests keep apart by making hubs and accounts of their own.
 *
 * <p>The service starts bootstrapped, as DESIGN.md describes: {@code bootstrapAdminToken} is set,
 * so {@link #api()} is the {@code admin} account's client. {@link #as(Role, Hub...)} gives a client
 * of a new account of another role, made through the API; {@link #anonymous()} sends no token.
 */
public final class TestService {

  private static final String DEDICATED_TOKEN = Secrets.newToken();
  private static final Map<TestDatabase, TestService> RUNNING = new EnumMap<>(TestDatabase.class);

  private final DropwizardTestSupport<HubConfiguration> support;
  private final DataSourceFactory database;
  private final Api anonymous;
  private final Api admin;
  private final String adminToken;

  private TestService(
      DropwizardTestSupport<HubConfiguration> support, DataSourceFactory database, String token) {
    this.support = support;
    this.database = database;
    this.anonymous = new Api("http://localhost:" + support.getLocalPort());
    this.admin = anonymous.withToken(token);
    this.adminToken = token;
  }

  /** The service on {@code database}, started on first use. */
  public static synchronized TestService on(TestDatabase database) {
    return RUNNING.computeIfAbsent(database, d -> start(d));
  }

  /**
   * A service of its own on a fresh {@code database}, with settings overridden (e.g. tight
   * throttling); the caller stops it with {@link #stop()}.
   */
  public static TestService start(TestDatabase database, ConfigOverride... overrides) {
    return start(database.fresh(), Secrets.newToken(), overrides);
  }

  /**
   * One more instance of this service on the same database, with settings overridden, as a second
   * instance behind a load balancer would be; the caller stops it with {@link #stop()}.
   */
  public TestService another(ConfigOverride... overrides) {
    return start(database, adminToken, overrides);
  }

  private static TestService start(
      DataSourceFactory db, String token, ConfigOverride... overrides) {
    List<ConfigOverride> settings =
        new ArrayList<>(
            List.of(
                ConfigOverride.config("database.driverClass", db.getDriverClass()),
                ConfigOverride.config("database.url", db.getUrl()),
                ConfigOverride.config("database.user", db.getUser()),
                ConfigOverride.config("database.password", db.getPassword()),
                ConfigOverride.config("bootstrapAdminToken", token)));
    settings.addAll(Arrays.asList(overrides));
    DropwizardTestSupport<HubConfiguration> support =
        new DropwizardTestSupport<>(
            HubApplication.class, configFile(), settings.toArray(ConfigOverride[]::new));
    try {
      support.before();
    } catch (Exception e) {
      throw new IllegalStateException("The service did not start on " + db.getUrl(), e);
    } finally {
      forgetOverrides();
    }
    Runtime.getRuntime().addShutdownHook(new Thread(support::after));
    return new TestService(support, db, token);
  }

  /**
   * A service of its own from {@code configPath} with {@code overrides}, for a test that stops it
   * or its database; that test must {@link #stop()} it.
   */
  public static TestService dedicated(String configPath, ConfigOverride... overrides) {
    // One token for every dedicated service of the JVM: a service restarted on a database it
    // already bootstrapped (after a restore, an outage) must still be reachable by it.
    String token = DEDICATED_TOKEN;
    List<ConfigOverride> settings = new ArrayList<>(Arrays.asList(overrides));
    settings.add(ConfigOverride.config("bootstrapAdminToken", token));
    DropwizardTestSupport<HubConfiguration> support =
        new DropwizardTestSupport<>(
            HubApplication.class, configPath, settings.toArray(ConfigOverride[]::new));
    try {
      support.before();
    } catch (Exception e) {
      throw new IllegalStateException("The service did not start from " + configPath, e);
    } finally {
      forgetOverrides();
    }
    return new TestService(support, support.getConfiguration().getDatabase(), token);
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

  /** The bootstrap {@code admin} account's token, for tests that speak raw HTTP. */
  public String adminToken() {
    return adminToken;
  }

  /** The bootstrap {@code admin} account's client. */
  public Api api() {
    return admin;
  }

  /** A client that sends no credentials. */
  public Api anonymous() {
    return anonymous;
  }

  /** A client of a new account of {@code role}, serving {@code hubs} if a coordinator. */
  public Api as(Role role, Hub... hubs) {
    return anonymous.withToken(issueToken(addAccount(role, hubs).username()));
  }

  /** A client of a new regional officer looking after {@code oblasts}. */
  public Api asRegional(String... oblasts) {
    Account account = Fixtures.regional(oblasts);
    ApiResponse created = admin.post("/api/v1/accounts", account);
    if (created.status() != 201) {
      throw new IllegalStateException("Could not add a regional account: " + created);
    }
    return anonymous.withToken(issueToken(account.username()));
  }

  /** Adds an account through the API; it logs in with {@link Fixtures#PASSWORD}. */
  public Account addAccount(Role role, Hub... hubs) {
    Account account = Fixtures.account(role, hubs);
    ApiResponse created = admin.post("/api/v1/accounts", account);
    if (created.status() != 201) {
      throw new IllegalStateException("Could not add an account: " + created);
    }
    return account;
  }

  /** A new token of an existing account. */
  public String issueToken(String username) {
    ApiResponse issued = admin.post("/api/v1/accounts/" + username + "/tokens", "{}");
    if (issued.status() != 201) {
      throw new IllegalStateException("Could not issue a token: " + issued);
    }
    return issued.as(IssuedToken.class).token();
  }

  /** The service's connection settings, for commands run against the same database. */
  public DataSourceFactory database() {
    return database;
  }

  /** The service's database, for tests that look at what is stored. */
  public Jdbi jdbi() {
    Jdbi jdbi = Jdbi.create(database.getUrl(), database.getUser(), database.getPassword());
    jdbi.installPlugin(new SqlObjectPlugin());
    Database.configure(jdbi);
    return jdbi;
  }

  public int adminPort() {
    return support.getAdminPort();
  }

  public HubConfiguration configuration() {
    return support.getConfiguration();
  }

  /** The object of {@code type} the running service keeps in its context under the type's name. */
  public <T> T attribute(Class<T> type) {
    Object value = support.getEnvironment().getApplicationContext().getAttribute(type.getName());
    if (value == null) {
      throw new IllegalStateException("the service keeps no " + type.getSimpleName());
    }
    return type.cast(value);
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
}
