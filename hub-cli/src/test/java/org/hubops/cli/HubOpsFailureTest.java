package org.hubops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;
import org.hubops.api.testing.TestDatabase;
import org.hubops.api.testing.TestService;
import org.hubops.model.Kyiv;
import org.hubops.model.Quarter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every documented exit code, each with a message that says what to do; read in English ({@code
 * --lang en}), Ukrainian being the default (HubOpsLanguageTest).
 */
class HubOpsFailureTest {

  @TempDir Path folder;

  private static String server() {
    return TestService.on(TestDatabase.H2).api().base();
  }

  private Cli.Run quarterly(String server, Quarter quarter, Path output) {
    return Cli.asStaff()
        .run(
            "report",
            "quarterly",
            "--server",
            server,
            "--year",
            String.valueOf(quarter.year()),
            "--quarter",
            String.valueOf(quarter.quarter()),
            "--output",
            output.toString(),
            "--lang",
            "en");
  }

  @Test
  void unreachableServiceExitsWithThreeAndLeavesNoFile() {
    Path output = folder.resolve("q.xlsx");

    Cli.Run run = quarterly("http://127.0.0.1:9", Quarter.of(2026, 1), output);

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.UNREACHABLE);
    assertThat(run.err()).contains("Cannot reach the HubOps service at http://127.0.0.1:9");
    assertThat(folder).isEmptyDirectory();
  }

  @Test
  void refusedTokenExitsWithFourAndTheTokenIsSentAsBearer() throws IOException {
    AtomicReference<String> authorization = new AtomicReference<>();
    HttpServer stub = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    stub.createContext(
        "/",
        exchange -> {
          authorization.set(exchange.getRequestHeaders().getFirst("Authorization"));
          byte[] body =
              "{\"type\":\"about:blank\",\"title\":\"Unauthorized\",\"status\":401,\"detail\":\"Token not recognised\"}"
                  .getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "application/problem+json");
          exchange.sendResponseHeaders(401, body.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
          }
        });
    stub.start();
    try {
      Cli.Run run =
          Cli.asStaff()
              .with("HUBOPS_SERVER", "http://127.0.0.1:" + stub.getAddress().getPort())
              .with("HUBOPS_TOKEN", "wrong-token")
              .run(
                  "report",
                  "equipment",
                  "--output",
                  folder.resolve("e.xlsx").toString(),
                  "--lang",
                  "en");

      assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.NOT_AUTHORIZED);
      assertThat(run.err()).contains("refused the token").contains("Token not recognised");
      assertThat(authorization.get()).isEqualTo("Bearer wrong-token");
      assertThat(folder).isEmptyDirectory();
    } finally {
      stub.stop(0);
    }
  }

  @Test
  void unknownHubExitsWithFive() {
    Cli.Run run =
        Cli.asStaff()
            .run(
                "report",
                "hub",
                "--server",
                server(),
                "--hub",
                "NO-SUCH",
                "--from",
                "2026-01-01",
                "--to",
                "2026-01-31",
                "--output",
                folder.resolve("h.xlsx").toString(),
                "--lang",
                "en");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.NOT_FOUND);
    assertThat(run.err()).contains("Hub NO-SUCH not found");
  }

  @Test
  void quarterNotStartedExitsWithSixAndSaysWhenItBegins() {
    Quarter next = Quarter.containing(java.time.LocalDate.now(Kyiv.ZONE)).next();

    Cli.Run run = quarterly(server(), next, folder.resolve("q.xlsx"));

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.REFUSED);
    assertThat(run.err()).contains("quarter: Quarter " + next + " has not started yet");
    assertThat(folder).isEmptyDirectory();
  }

  @Test
  void unknownOblastExitsWithSix() {
    Cli.Run run =
        Cli.asStaff()
            .run(
                "report",
                "equipment",
                "--server",
                server(),
                "--oblast",
                "UA-99",
                "-o",
                folder.resolve("e.xlsx").toString(),
                "--lang",
                "en");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.REFUSED);
    assertThat(run.err()).contains("oblast: Unknown oblast: UA-99");
  }

  @Test
  void invalidArgumentsExitWithTwo() {
    Cli cli = Cli.asStaff().with("HUBOPS_LANG", "en");
    String out = folder.resolve("x.xlsx").toString();

    assertThat(
            cli.run("report", "quarterly", "--year", "2026", "--quarter", "5", "-o", out)
                .exitCode())
        .isEqualTo(ExitCodes.USAGE);
    assertThat(cli.run("report", "quarterly", "--year", "2026", "-o", out).err())
        .contains("Missing required option: '--quarter=1-4'");
    assertThat(
            cli.run(
                    "report",
                    "hub",
                    "--hub",
                    "X",
                    "--from",
                    "2026-02-30",
                    "--to",
                    "2026-03-01",
                    "-o",
                    out)
                .exitCode())
        .isEqualTo(ExitCodes.USAGE);
    assertThat(
            cli.run(
                    "report",
                    "hub",
                    "--hub",
                    "X",
                    "--from",
                    "2026-03-02",
                    "--to",
                    "2026-03-01",
                    "-o",
                    out)
                .exitCode())
        .isEqualTo(ExitCodes.USAGE);
    assertThat(
            cli.run(
                    "report",
                    "quarterly",
                    "--year",
                    "2026",
                    "--quarter",
                    "1",
                    "--lang",
                    "fr",
                    "-o",
                    out)
                .exitCode())
        .isEqualTo(ExitCodes.USAGE);
    assertThat(cli.run("report").exitCode()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void unwritableOutputExitsWithSevenBeforeAnythingIsDownloaded() throws IOException {
    Path missingFolder = folder.resolve("no/such/folder/q.xlsx");

    // The server is unreachable too: the output is checked first, so that is not what is reported.
    Cli.Run run = quarterly("http://127.0.0.1:9", Quarter.of(2026, 1), missingFolder);
    Cli.Run intoAFolder = quarterly("http://127.0.0.1:9", Quarter.of(2026, 1), folder);

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.CANNOT_WRITE);
    assertThat(run.err()).contains("Cannot write").contains("does not exist");
    assertThat(intoAFolder.exitCode()).isEqualTo(ExitCodes.CANNOT_WRITE);
    assertThat(intoAFolder.err()).contains("it is a folder");
  }

  @Test
  void everyCommandHasHelpWithTheExitCodes() {
    Cli cli = Cli.asStaff();
    for (String[] command :
        new String[][] {
          {"--help"},
          {"report", "--help"},
          {"report", "quarterly", "--help"},
          {"report", "hub", "--help"},
          {"report", "equipment", "--help"}
        }) {
      Cli.Run run = cli.run(command);
      assertThat(run.exitCode()).isZero();
      assertThat(run.out()).startsWith("Usage: hubops");
    }
    assertThat(cli.run("report", "quarterly", "--help").out())
        .contains("Exit codes:")
        .contains("7   the output file cannot be written");
  }

  @Test
  void completionScriptIsGenerated() {
    Cli.Run run = Cli.asStaff().run("generate-completion");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("complete -F").contains("quarterly");
  }

  @Test
  void aFileOfTheSameNameIsReplacedOnlyWhenTheNewOneIsComplete() throws IOException {
    Path output = folder.resolve("q.xlsx");
    Files.writeString(output, "the previous workbook");

    Cli.Run run = quarterly("http://127.0.0.1:9", Quarter.of(2026, 1), output);

    assertThat(run.exitCode()).isEqualTo(ExitCodes.UNREACHABLE);
    assertThat(output).hasContent("the previous workbook");
    assertThat(folder).isDirectoryNotContaining("glob:**.part");
  }
}
