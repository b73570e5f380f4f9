package org.hubops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.hubops.api.testing.Api;
import org.hubops.api.testing.Fixtures;
import org.hubops.api.testing.TestDatabase;
import org.hubops.api.testing.TestService;
import org.hubops.model.Role;
import org.hubops.model.rest.Hub;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import and template commands when something is wrong: each exit code, each message. */
class HubOpsImportFailureTest {

  @TempDir Path folder;

  private TestService service;
  private Api api;
  private Hub hub;
  private Path file;

  @BeforeEach
  void hubAndAFile() throws IOException {
    service = TestService.on(TestDatabase.H2);
    api = service.api();
    hub = Fixtures.createHub(api);
    file =
        Files.writeString(
            folder.resolve("equipment.csv"), "Inventory number,Category\nI-1,Laptop\n");
  }

  /** English messages, as these tests read them; Ukrainian, the default: HubOpsLanguageTest. */
  private Cli as(Role role, Hub... hubs) {
    return new Cli()
        .with("HUBOPS_LANG", "en")
        .with("HUBOPS_SERVER", api.base())
        .with("HUBOPS_TOKEN", service.issueToken(service.addAccount(role, hubs).username()));
  }

  private int storedEquipment(Hub of) {
    return api.get("/api/v1/hubs/" + of.id() + "/equipment").json().path("items").size();
  }

  @Test
  void coordinatorOfAnotherHubGetsNotFoundAndNothingIsStored() {
    Hub own = Fixtures.createHub(api);

    Cli.Run run =
        as(Role.COORDINATOR, own).run("import", "equipment", file.toString(), "--hub", hub.code());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.NOT_FOUND);
    assertThat(run.err()).contains("Not found (404)").contains("Hub " + hub.code() + " not found");
    assertThat(storedEquipment(hub)).isZero();
  }

  @Test
  void rolesThatMayNotImportGetFour() {
    Cli.Run coordinatorHubs = as(Role.COORDINATOR, hub).run("import", "hubs", file.toString());
    Cli.Run staffSessions =
        as(Role.ASSOCIATION).run("import", "equipment", file.toString(), "--hub", hub.code());
    Cli.Run noToken =
        new Cli()
            .with("HUBOPS_LANG", "en")
            .with("HUBOPS_SERVER", api.base())
            .run("import", "hubs", file.toString());

    assertThat(coordinatorHubs.exitCode())
        .as(coordinatorHubs.toString())
        .isEqualTo(ExitCodes.NOT_AUTHORIZED);
    assertThat(coordinatorHubs.err()).contains("(403)").contains("may not do this");
    assertThat(staffSessions.exitCode())
        .as(staffSessions.toString())
        .isEqualTo(ExitCodes.NOT_AUTHORIZED);
    assertThat(noToken.exitCode()).isEqualTo(ExitCodes.NOT_AUTHORIZED);
    assertThat(noToken.err()).contains("needs a token (401)");
    assertThat(storedEquipment(hub)).isZero();
  }

  @Test
  void unknownHubGetsFive() {
    Cli.Run run =
        as(Role.ADMIN)
            .run(
                "template",
                "sessions",
                "--hub",
                "NO-SUCH",
                "-o",
                folder.resolve("t.xlsx").toString());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.NOT_FOUND);
    assertThat(run.err()).contains("Hub NO-SUCH not found");
    assertThat(folder.resolve("t.xlsx")).doesNotExist();
  }

  @Test
  void missingOrUnreadableFileIsOneLineWithItsNameAndExitTwo() {
    // The service is unreachable too: the file is checked before anything is sent.
    Cli cli = new Cli().with("HUBOPS_LANG", "en").with("HUBOPS_SERVER", "http://127.0.0.1:9");
    Path missing = folder.resolve("journal.xlsx");

    Cli.Run run = cli.run("import", "sessions", missing.toString(), "--hub", "LV-0001");
    Cli.Run secondMissing =
        cli.run(
            "import",
            "sessions",
            file.toString(),
            folder.resolve("attendees.csv").toString(),
            "--hub",
            "X");
    Cli.Run aFolder = cli.run("import", "hubs", folder.toString());

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).isEqualTo("hubops: Cannot read " + missing + ": no such file\n");
    assertThat(secondMissing.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(secondMissing.err()).contains("attendees.csv: no such file").doesNotContain("\tat ");
    assertThat(aFolder.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(aFolder.err()).contains(folder + ": it is a folder");
  }

  @Test
  void wrongArgumentsAreUsageErrors() {
    Cli cli = new Cli().with("HUBOPS_LANG", "en").with("HUBOPS_SERVER", "http://127.0.0.1:9");
    String f = file.toString();

    assertThat(cli.run("import", "sessions", f).err())
        .contains("Missing required option: '--hub=CODE'");
    assertThat(cli.run("import", "sessions", "--hub", "X").err())
        .contains("Missing required parameter: 'FILE'");
    assertThat(cli.run("import", "sessions", f, f, f, "--hub", "X").err())
        .contains("Unmatched argument");
    assertThat(cli.run("import", "equipment", f, f, "--hub", "X").err())
        .contains("Unmatched argument");
    assertThat(cli.run("import", "hubs", f, "--lang", "fr").err())
        .contains("Invalid value for option '--lang'");
    assertThat(cli.run("template", "sessions", "--hub", "X").err())
        .contains("Missing required option: '--output=FILE'");
    assertThat(cli.run("import").err()).contains("Import what? sessions, equipment or hubs");
    assertThat(cli.run("template").err()).contains("Which template? sessions");
    for (String[] args :
        new String[][] {
          {"import", "sessions", f},
          {"import", "hubs", f, "--dry-run=maybe"},
          {"import", "hubs"},
          {"import"},
          {"template"},
          {"template", "sessions", "--hub", "X"},
          {"template", "sessions", "--hub", "X", "-o", "t.xlsx", "--lang", "de"}
        }) {
      assertThat(cli.run(args).exitCode()).as(String.join(" ", args)).isEqualTo(ExitCodes.USAGE);
    }
  }

  @Test
  void unreachableServiceGetsThree() {
    Cli.Run run =
        new Cli()
            .with("HUBOPS_LANG", "en")
            .with("HUBOPS_SERVER", "http://127.0.0.1:9")
            .run("import", "hubs", file.toString());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.UNREACHABLE);
    assertThat(run.err()).contains("Cannot reach the HubOps service at http://127.0.0.1:9");
  }

  @Test
  void fileOverTheUploadLimitIsRefusedWithSix() throws IOException {
    Path big = folder.resolve("big.xlsx");
    try (RandomAccessFile sparse = new RandomAccessFile(big.toFile(), "rw")) {
      sparse.setLength(26L * 1024 * 1024);
    }

    Cli.Run run = as(Role.ADMIN).run("import", "sessions", big.toString(), "--hub", hub.code());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.REFUSED);
    assertThat(run.err()).contains("(413)").contains("25 MiB");
  }

  @Test
  void uploadIsOneStreamedFormWithoutExpectContinueAndA5xxGetsOne() throws IOException {
    Map<String, String> seen = new ConcurrentHashMap<>();
    HttpServer stub = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    stub.createContext(
        "/",
        exchange -> {
          exchange
              .getRequestHeaders()
              .forEach((name, values) -> seen.put(name.toLowerCase(), values.get(0)));
          seen.put("uri", exchange.getRequestURI().toString());
          seen.put(
              "body", new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
          byte[] body =
              "{\"type\":\"about:blank\",\"title\":\"Server Error\",\"status\":500,\"errorId\":\"e-42\"}"
                  .getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/problem+json");
          exchange.sendResponseHeaders(500, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    stub.start();
    try {
      Cli.Run run =
          new Cli()
              .with("HUBOPS_SERVER", "http://127.0.0.1:" + stub.getAddress().getPort())
              .with("HUBOPS_TOKEN", "t0ken")
              .run("import", "equipment", file.toString(), "--hub", "LV 1", "--dry-run");

      assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.FAILED);
      // Ukrainian, the default, as the Accept-Language below.
      assertThat(run.err()).contains("Збій служби (500)").contains("код помилки e-42");
    } finally {
      stub.stop(0);
    }
    assertThat(seen.get("uri")).isEqualTo("/api/v1/hubs/LV%201/equipment/imports?dryRun=true");
    assertThat(seen).doesNotContainKey("expect");
    assertThat(seen.get("authorization")).isEqualTo("Bearer t0ken");
    assertThat(seen.get("accept-language")).isEqualTo("uk");
    String type = seen.get("content-type");
    assertThat(type).startsWith("multipart/form-data; boundary=");
    String boundary = type.substring(type.indexOf('=') + 1);
    assertThat(seen.get("content-length"))
        .isEqualTo(String.valueOf(seen.get("body").getBytes(StandardCharsets.UTF_8).length));
    assertThat(seen.get("body"))
        .isEqualTo(
            "--"
                + boundary
                + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"equipment.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n"
                + "Inventory number,Category\nI-1,Laptop\n\r\n"
                + "--"
                + boundary
                + "--\r\n");
  }

  @Test
  void importAndTemplateHelpListTheExitCodes() {
    Cli cli = new Cli();
    for (String[] command :
        new String[][] {
          {"template", "--help"},
          {"template", "sessions", "--help"},
          {"import", "--help"},
          {"import", "sessions", "--help"},
          {"import", "equipment", "--help"},
          {"import", "hubs", "--help"}
        }) {
      Cli.Run run = cli.run(command);
      assertThat(run.exitCode()).as(String.join(" ", command)).isZero();
      assertThat(run.out()).startsWith("Usage: hubops");
    }
    assertThat(cli.run("import", "sessions", "--help").out())
        .contains("[ATTENDEES.csv]")
        .contains("--dry-run")
        .contains("Exit codes:")
        .contains("6   the service refused the request");
  }
}
