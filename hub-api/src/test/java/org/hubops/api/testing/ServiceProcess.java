package org.hubops.api.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.hubops.api.access.Secrets;

/**
 * The packaged service jar ({@code target/hub-api.jar}) run as operators run it, {@code java -jar
 * hub-api.jar server config/...yml}, as a child process in a folder of its own (the embedded
 * configuration keeps its database in {@code ./data} there). For the *IT tests, which failsafe runs
 * after {@code package}, so the jar is always the one just built.
 */
public final class ServiceProcess {

  /** The shipped configurations, {@code config/} at the project's root. */
  public static final Path CONFIG = Path.of("..", "config").toAbsolutePath().normalize();

  /** The jar just built; {@code -Dhubops.jar=...} runs another build (to compare two). */
  private static final Path JAR =
      Path.of(System.getProperty("hubops.jar", "target/hub-api.jar")).toAbsolutePath();

  private final Path config;
  private final Path folder;
  private final Map<String, String> environment;
  private final List<String> jvmOptions;
  private final String token = Secrets.newToken();
  private Process process;
  private int runs;

  /**
   * A service from {@code config} (e.g. {@code CONFIG.resolve("hub-api.yml")}) working in {@code
   * folder}, with {@code environment} added to the ports and admin token it is given.
   */
  public ServiceProcess(
      Path config, Path folder, Map<String, String> environment, String... jvmOptions) {
    this.config = config;
    this.folder = folder;
    this.environment = new HashMap<>(environment);
    int[] ports = freePorts();
    this.environment.put("HUBOPS_PORT", String.valueOf(ports[0]));
    this.environment.put("HUBOPS_ADMIN_PORT", String.valueOf(ports[1]));
    this.environment.put("HUBOPS_ADMIN_TOKEN", token);
    this.jvmOptions = List.of(jvmOptions);
  }

  /** Starts the jar and waits until it answers (90 s at most); its output goes to {@link #log}. */
  public ServiceProcess start() {
    runs++;
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx512m");
    command.addAll(jvmOptions);
    command.addAll(List.of("-jar", JAR.toString(), "server", config.toString()));
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(folder.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log().toFile());
    builder.environment().putAll(environment);
    try {
      process = builder.start();
      Api probe = api();
      long deadline = System.nanoTime() + 90_000_000_000L;
      while (System.nanoTime() < deadline) {
        if (!process.isAlive()) {
          throw new IllegalStateException("The service did not start:\n" + output());
        }
        try {
          if (probe.get("/api/v1/me").status() == 200) {
            return this;
          }
        } catch (UncheckedIOException e) {
          // Not listening yet.
        }
        Thread.sleep(200);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    kill();
    throw new IllegalStateException("The service did not answer:\n" + output());
  }

  /** {@code kill -9}: no shutdown hook, no flush, no graceful stop. */
  public void kill() {
    if (process != null) {
      process.destroyForcibly();
      try {
        process.waitFor();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** The bootstrap admin's client. */
  public Api api() {
    return new Api("http://127.0.0.1:" + environment.get("HUBOPS_PORT")).withToken(token);
  }

  public String adminToken() {
    return token;
  }

  /** What the current (or last) run printed. */
  public Path log() {
    return folder.resolve("service-" + runs + ".log");
  }

  public String output() {
    try {
      return Files.readString(log());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Two free ports, both held open while the second is asked for: one closed first could be handed
   * out again at once, and the service would then bind its two connectors to the same port.
   */
  private static int[] freePorts() {
    try (ServerSocket application = new ServerSocket(0);
        ServerSocket admin = new ServerSocket(0)) {
      return new int[] {application.getLocalPort(), admin.getLocalPort()};
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
