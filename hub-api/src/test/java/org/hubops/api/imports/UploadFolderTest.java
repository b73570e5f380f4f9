package org.hubops.api.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.dropwizard.testing.ConfigOverride;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.hubops.api.testing.ApiResponse;
import org.hubops.api.testing.Fixtures;
import org.hubops.api.testing.TestDatabase;
import org.hubops.api.testing.TestService;
import org.hubops.model.rest.Hub;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Uploaded files hold participants' IDP and disability flags: while one is read it sits in a folder
 * only the service user can open, readable by that user alone, and what a stopped service left
 * there is removed when a service starts.
 */
class UploadFolderTest {

  @TempDir Path temp;

  @Test
  void aFileBeingUploadedIsTheServiceUsersAlone() throws Exception {
    TestService service = TestService.on(TestDatabase.H2);
    Hub hub = Fixtures.createHub(service.api());
    Path base = service.configuration().getUploadFolder();
    Path mine = service.attribute(UploadFolder.class).path();

    PipedOutputStream body = new PipedOutputStream();
    PipedInputStream sent = new PipedInputStream(body, 64 * 1024);
    CompletableFuture<ApiResponse> answer =
        CompletableFuture.supplyAsync(
            () ->
                service
                    .api()
                    .postStream("/api/v1/hubs/" + hub.id() + "/imports", "text/csv", () -> sent));
    body.write("Ref;Gender;Age band;IDP;Disability\n".getBytes(StandardCharsets.UTF_8));
    for (int row = 1; row <= 2000; row++) {
      body.write((row + ";F;60-69;yes;yes\n").getBytes(StandardCharsets.UTF_8));
    }
    body.flush();

    // The body is still arriving: the file is there, being written.
    Path file = waitForUpload(mine);
    String filePermissions = PosixFilePermissions.toString(Files.getPosixFilePermissions(file));
    String folderPermissions = PosixFilePermissions.toString(Files.getPosixFilePermissions(mine));
    String basePermissions = PosixFilePermissions.toString(Files.getPosixFilePermissions(base));
    body.close();

    assertThat(answer.get().status()).isEqualTo(422);
    assertThat(filePermissions).isEqualTo("rw-------");
    assertThat(folderPermissions).isEqualTo("rwx------");
    assertThat(basePermissions).isEqualTo("rwx------");
    assertThat(uploads(mine)).as("removed once read").isEmpty();
  }

  @Test
  void whatAStoppedServiceLeftIsRemovedAtStartUp() throws Exception {
    Path base = temp.resolve("uploads");
    Files.createDirectories(
        base, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
    Process gone = new ProcessBuilder("true").start();
    gone.waitFor();
    Path leftBehind = base.resolve(String.valueOf(gone.pid()));
    Files.createDirectories(leftBehind);
    Files.writeString(leftBehind.resolve("import-123.upload"), "Ref;IDP\n1;yes\n");
    Path stray = Files.writeString(base.resolve("MIME123.tmp"), "part of a form");
    // A service of this very process, still running: its lock keeps its folder.
    UploadFolder running = UploadFolder.open(base);
    Path runningFile = Files.writeString(running.path().resolve("import-1.upload"), "Ref\n1\n");

    TestService service =
        TestService.start(TestDatabase.H2, ConfigOverride.config("uploadFolder", base.toString()));
    Path mine = service.attribute(UploadFolder.class).path();
    String minePermissions;
    boolean kept;
    try {
      minePermissions = PosixFilePermissions.toString(Files.getPosixFilePermissions(mine));
      kept = Files.exists(runningFile);
    } finally {
      service.stop();
      running.close();
    }

    assertThat(leftBehind).doesNotExist();
    assertThat(stray).doesNotExist();
    assertThat(kept).as("a running service's file is kept").isTrue();
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(base)))
        .isEqualTo("rwx------");
    assertThat(mine.getParent().getParent()).isEqualTo(base);
    assertThat(minePermissions).isEqualTo("rwx------");
    assertThat(mine).as("a stopped service leaves nothing").doesNotExist();
  }

  /**
   * Seen in CI: a second service of one JVM probed the first one's lock at start-up, and closing
   * its probe dropped the lock (locks are the process's), so a service of another process started
   * next took the running one's folder for a stopped one's and removed it, with the upload in it.
   */
  @Test
  void aRunningServicesFolderOutlivesTheStartOfAnotherInItsJvmAndInAnotherProcess()
      throws Exception {
    Path base = temp.resolve("shared");
    UploadFolder first = UploadFolder.open(base);
    Path upload = Files.writeString(first.path().resolve("import-1.upload"), "Ref\n1\n");
    UploadFolder second = UploadFolder.open(base);
    try {
      String java = ProcessHandle.current().info().command().orElse("java");
      Process other =
          new ProcessBuilder(
                  java,
                  "-cp",
                  System.getProperty("java.class.path"),
                  OtherProcess.class.getName(),
                  base.toString())
              .inheritIO()
              .start();
      assertThat(other.waitFor()).as("the other process's service started and stopped").isZero();
      assertThat(upload).as("the first service's upload is kept").exists();
      assertThat(second.path()).exists();
    } finally {
      second.close();
      first.close();
    }
  }

  /** A service of another process: opens its upload folder at {@code args[0]} and stops. */
  static final class OtherProcess {
    public static void main(String[] args) throws Exception {
      UploadFolder.open(Path.of(args[0])).close();
    }
  }

  /**
   * Issue #12, defect 5: Jersey's multipart reader buffered large parts to the JVM's temporary
   * folder ({@code /tmp/MIME*.tmp}, {@code rw-r--r--}) while the form arrived.
   */
  @Test
  void aFormBeingUploadedIsBufferedOnlyInTheServicesPrivateFolder() throws Exception {
    TestService service = TestService.on(TestDatabase.H2);
    Hub hub = Fixtures.createHub(service.api());
    Path mine = service.attribute(UploadFolder.class).path();
    Path shared = Path.of(System.getProperty("java.io.tmpdir"));
    List<Path> before = buffers(shared);

    PipedOutputStream body = new PipedOutputStream();
    CompletableFuture<ApiResponse> answer = sendForm(service, hub, body);
    String boundary = "hubops-test-boundary";
    body.write(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"sessions\"; filename=\"s.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\nRef;Date;Start;Minutes;Kind;Format;Title;Topics\n")
            .getBytes(StandardCharsets.UTF_8));
    // Far past the reader's in-memory threshold, so that it buffers the part to a file.
    for (int row = 1; row <= 20_000; row++) {
      body.write(
          (row + ";01.01.2026;10:00;60;EVENT;ONLINE;x;E.1\n").getBytes(StandardCharsets.UTF_8));
    }
    body.flush();

    Path buffer = waitFor(() -> buffers(mine));
    List<Path> sharedDuring = buffers(shared);
    String folderPermissions = PosixFilePermissions.toString(Files.getPosixFilePermissions(mine));
    body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    body.close();

    assertThat(answer.get().status()).isEqualTo(422);
    assertThat(buffer.getParent()).isEqualTo(mine);
    assertThat(folderPermissions).isEqualTo("rwx------");
    assertThat(sharedDuring).as("no buffer file in the shared temporary folder").isEqualTo(before);
  }

  @Test
  void aFolderRemovedUnderARunningServiceIsMadeAgainForTheNextForm() throws Exception {
    TestService service =
        TestService.start(
            TestDatabase.H2, ConfigOverride.config("uploadFolder", temp.resolve("u").toString()));
    try {
      Hub hub = Fixtures.createHub(service.api());
      Path mine = service.attribute(UploadFolder.class).path();
      try (Stream<Path> tree = Files.walk(temp.resolve("u"))) {
        tree.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }

      byte[] big = ("Ref;Gender\n" + "1;F\n".repeat(50_000)).getBytes(StandardCharsets.UTF_8);
      int status =
          new Multipart()
              .file("sessions", "s.csv", "text/csv", big)
              .file("attendees", "a.csv", "text/csv", big)
              .post(service.api(), SessionImportApiTest.imports(hub))
              .status();

      assertThat(status).isEqualTo(422);
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(mine)))
          .isEqualTo("rwx------");
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(mine.getParent())))
          .isEqualTo("rwx------");
    } finally {
      service.stop();
    }
  }

  private static CompletableFuture<ApiResponse> sendForm(
      TestService service, Hub hub, PipedOutputStream body) throws Exception {
    PipedInputStream sent = new PipedInputStream(body, 64 * 1024);
    return CompletableFuture.supplyAsync(
        () ->
            service
                .api()
                .postStream(
                    "/api/v1/hubs/" + hub.id() + "/imports",
                    "multipart/form-data; boundary=hubops-test-boundary",
                    () -> sent));
  }

  /** The multipart reader's buffer files ({@code MIME*.tmp}) directly in {@code folder}. */
  private static List<Path> buffers(Path folder) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.getFileName().toString().startsWith("MIME")).sorted().toList();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Path waitFor(java.util.function.Supplier<List<Path>> found) throws Exception {
    long deadline = System.nanoTime() + 20_000_000_000L;
    while (System.nanoTime() < deadline) {
      List<Path> now = found.get();
      if (!now.isEmpty()) {
        return now.get(0);
      }
      Thread.sleep(20);
    }
    throw new AssertionError("No buffer file appeared");
  }

  private static Path waitForUpload(Path folder) throws Exception {
    long deadline = System.nanoTime() + 20_000_000_000L;
    while (System.nanoTime() < deadline) {
      List<Path> found = uploads(folder);
      if (!found.isEmpty()) {
        return found.get(0);
      }
      Thread.sleep(20);
    }
    throw new AssertionError("No upload appeared in " + folder);
  }

  private static List<Path> uploads(Path folder) throws Exception {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.getFileName().toString().endsWith(".upload")).toList();
    }
  }
}
