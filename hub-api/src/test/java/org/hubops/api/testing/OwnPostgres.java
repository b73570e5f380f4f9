package org.hubops.api.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of a test's own, in a temporary folder on a free port, made with the
 * installed {@code initdb} and {@code pg_ctl}, so that a test may stop it under load without
 * touching the shared server on 5432. As root (CI), the tools run as the {@code postgres} user,
 * since PostgreSQL refuses to run as root. Without the tools the test is skipped, unless {@code
 * -Dhubops.requirePostgres=true} makes that a failure.
 */
public final class OwnPostgres implements AutoCloseable {

  private final Path bin;
  private final Path folder;
  private final Path data;
  private final int port;

  private OwnPostgres(Path bin, Path folder, int port) {
    this.bin = bin;
    this.folder = folder;
    this.data = folder.resolve("data");
    this.port = port;
  }

  /** Makes a new cluster (user {@code postgres}, trust) and starts it. */
  public static OwnPostgres start() {
    Optional<Path> bin = binaries();
    if (bin.isEmpty()) {
      if (Boolean.getBoolean("hubops.requirePostgres")) {
        throw new IllegalStateException("PostgreSQL is required but initdb/pg_ctl are not found");
      }
      assumeTrue(false, "No PostgreSQL binaries (initdb, pg_ctl): the outage test is skipped");
    }
    try {
      Path folder = Files.createTempDirectory("hubops-pg-");
      OwnPostgres postgres = new OwnPostgres(bin.get(), folder, freePort());
      if (isRoot()) {
        run(List.of("chown", "postgres", folder.toString()));
      }
      postgres.tool("initdb", "-D", postgres.data.toString(), "-U", "postgres", "-A", "trust");
      postgres.up();
      return postgres;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A hot standby of this server on a port of its own, copied with {@code pg_basebackup -R} and
   * streaming from it from then on (initdb's trust rules already let 127.0.0.1 replicate).
   */
  public OwnPostgres standby() {
    try {
      Path folder = Files.createTempDirectory("hubops-pg-standby-");
      OwnPostgres standby = new OwnPostgres(bin, folder, freePort());
      if (isRoot()) {
        run(List.of("chown", "postgres", folder.toString()));
      }
      tool(
          "pg_basebackup",
          "-D",
          standby.data.toString(),
          "-R",
          "-X",
          "stream",
          "-h",
          "127.0.0.1",
          "-p",
          String.valueOf(port),
          "-U",
          "postgres");
      standby.up();
      return standby;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String url() {
    return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
  }

  /** Starts the server and waits until it takes connections. */
  public void up() {
    tool(
        "pg_ctl",
        "-D",
        data.toString(),
        "-l",
        folder.resolve("server.log").toString(),
        "-w",
        "-o",
        "-p " + port + " -k " + folder + " -c listen_addresses=127.0.0.1 -c fsync=off",
        "start");
  }

  /** Kills the server as a crash or a pulled plug would: no goodbye to its clients. */
  public void crash() {
    tool("pg_ctl", "-D", data.toString(), "-m", "immediate", "-w", "stop");
  }

  @Override
  public void close() {
    try {
      tool("pg_ctl", "-D", data.toString(), "-m", "immediate", "-w", "stop");
    } catch (IllegalStateException alreadyStopped) {
      // Stopped by the test; only the folder is left to remove.
    }
    try (Stream<Path> files = Files.walk(folder)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void tool(String name, String... args) {
    List<String> command = new ArrayList<>();
    if (isRoot()) {
      command.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    command.add(bin.resolve(name).toString());
    command.addAll(List.of(args));
    run(command);
  }

  private static void run(List<String> command) {
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes());
      if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
        throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** {@code hubops.pg.bin}, else the newest {@code /usr/lib/postgresql/N/bin}, else the PATH. */
  public static Optional<Path> binaries() {
    String configured = System.getProperty("hubops.pg.bin");
    if (configured != null) {
      return Optional.of(Path.of(configured)).filter(OwnPostgres::hasTools);
    }
    try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
      Optional<Path> newest =
          versions
              .map(version -> version.resolve("bin"))
              .filter(OwnPostgres::hasTools)
              .max(
                  Comparator.comparing(
                      path -> Integer.parseInt(path.getParent().getFileName().toString())));
      if (newest.isPresent()) {
        return newest;
      }
    } catch (IOException | NumberFormatException e) {
      // Not a Debian layout; look on the PATH.
    }
    return Stream.of(System.getenv().getOrDefault("PATH", "").split(":"))
        .map(Path::of)
        .filter(OwnPostgres::hasTools)
        .findFirst();
  }

  private static boolean hasTools(Path folder) {
    return Files.isExecutable(folder.resolve("initdb"))
        && Files.isExecutable(folder.resolve("pg_ctl"));
  }

  private static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
