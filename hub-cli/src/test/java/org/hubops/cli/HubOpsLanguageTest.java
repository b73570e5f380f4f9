package org.hubops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.hubops.api.testing.Fixtures;
import org.hubops.api.testing.TestDatabase;
import org.hubops.api.testing.TestService;
import org.hubops.model.Language;
import org.hubops.model.Role;
import org.hubops.model.rest.Hub;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code hubops} says, as a newcomer meets it: one language, Ukrainian unless {@code --lang
 * en}; an argument error in one line and a hint, never a Java exception; files only it can read;
 * help that lists the exit codes and the completion command.
 */
class HubOpsLanguageTest {

  @TempDir Path folder;

  private static String server() {
    return TestService.on(TestDatabase.H2).api().base();
  }

  private static Cli.Run hubReport(
      String hub, String from, String to, Path output, String... more) {
    String[] base = {
      "report",
      "hub",
      "--server",
      server(),
      "--hub",
      hub,
      "--from",
      from,
      "--to",
      to,
      "-o",
      output.toString()
    };
    String[] args = java.util.Arrays.copyOf(base, base.length + more.length);
    System.arraycopy(more, 0, args, base.length, more.length);
    return Cli.asStaff().run(args);
  }

  @Test
  void aServiceRefusalIsToldInUkrainianByDefaultAndInEnglishWithLangEn() {
    Path output = folder.resolve("q.xlsx");
    String next = String.valueOf(java.time.LocalDate.now(org.hubops.model.Kyiv.ZONE).getYear() + 1);

    Cli.Run ukrainian =
        Cli.asStaff()
            .run(
                "report",
                "quarterly",
                "--server",
                server(),
                "--year",
                next,
                "--quarter",
                "1",
                "-o",
                output.toString());
    Cli.Run english =
        Cli.asStaff()
            .run(
                "report",
                "quarterly",
                "--server",
                server(),
                "--year",
                next,
                "--quarter",
                "1",
                "-o",
                output.toString(),
                "--lang",
                "en");

    assertThat(ukrainian.exitCode()).as(ukrainian.toString()).isEqualTo(ExitCodes.REFUSED);
    // The CLI's words and the service's (Accept-Language: uk) on one line, both Ukrainian.
    assertThat(ukrainian.err())
        .startsWith("hubops: Служба відхилила запит (422).")
        .contains("quarter: ")
        .doesNotContain("refused")
        .doesNotContain("has not started");
    assertThat(english.err())
        .startsWith("hubops: The service refused the request (422).")
        .contains("has not started yet");
  }

  @Test
  void anUnknownHubIsNamedInTheRunsLanguage() {
    Path output = folder.resolve("h.xlsx");

    Cli.Run ukrainian = hubReport("NO-SUCH", "2026-01-01", "2026-01-31", output);
    Cli.Run english = hubReport("NO-SUCH", "2026-01-01", "2026-01-31", output, "--lang", "en");

    assertThat(ukrainian.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
    assertThat(ukrainian.err())
        .isEqualTo("hubops: Не знайдено (404): хабу NO-SUCH немає, або він не з ваших.\n");
    assertThat(english.err())
        .isEqualTo("hubops: Not found (404): Hub NO-SUCH not found, or it is not one of yours.\n");
  }

  @Test
  void aDayThatDoesNotExistIsOneLineAndAHintWithoutJavaText() {
    Path output = folder.resolve("h.xlsx");

    Cli.Run run = hubReport("LV-0001", "2026-02-30", "2026-03-01", output);
    Cli.Run english = hubReport("LV-0001", "2026-02-30", "2026-03-01", output, "--lang", "en");
    Cli.Run notADate = hubReport("LV-0001", "1 March", "2026-03-01", output, "--lang", "en");

    assertThat(run.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err())
        .isEqualTo(
            "hubops: Неправильне значення параметра --from: 2026-02-30 — такого дня в календарі"
                + " немає\nДив. «hubops report hub --help».\n");
    assertThat(english.err())
        .isEqualTo(
            "hubops: Invalid value for option '--from': 2026-02-30 is not a day of the calendar\n"
                + "See 'hubops report hub --help'.\n");
    assertThat(notADate.err())
        .startsWith("hubops: Invalid value for option '--from': '1 March' is not a date")
        .doesNotContain("java")
        .doesNotContain("Usage");
    assertThat(folder).isEmptyDirectory();
  }

  @Test
  void everyArgumentErrorIsTwoLinesInTheRunsLanguage() {
    Cli cli = Cli.asStaff();
    String out = folder.resolve("x.xlsx").toString();

    for (String[] args :
        new String[][] {
          {"report", "quarterly", "--year", "2026", "-o", out},
          {"report", "quarterly", "--year", "2026", "--quarter", "5", "-o", out},
          {"report", "quarterly", "--year", "twenty", "--quarter", "1", "-o", out},
          {"report", "quarterly", "--year", "2026", "--quarter", "1", "-o", out, "--colour"},
          {"report"},
          {"import", "hubs", "a.csv", "--lang", "fr"}
        }) {
      Cli.Run run = cli.run(args);

      assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.USAGE);
      assertThat(run.err().lines()).as(run.toString()).hasSize(2);
      assertThat(run.err().lines().toList().get(1)).startsWith("Див. «hubops");
      assertThat(run.err())
          .doesNotContain("Usage")
          .doesNotContainPattern("[A-Z][a-z]+ [a-z]+ [a-z]+");
    }
    assertThat(cli.run("report", "quarterly", "--year", "2026", "-o", out).err())
        .startsWith("hubops: Бракує обов’язкового параметра: '--quarter=1-4'");
    assertThat(cli.run("report", "quarterly", "--year", "2026", "--quarter", "5", "-o", out).err())
        .startsWith("hubops: --quarter має бути 1, 2, 3 або 4, а не 5");
  }

  @Test
  void anOutputThatIsNotAWorkbookIsRefusedBeforeAnythingIsAsked() {
    Path pdf = folder.resolve("report.pdf");

    Cli.Run run =
        Cli.asStaff()
            .run(
                "report",
                "equipment",
                "--server",
                "http://127.0.0.1:9",
                "--output",
                pdf.toString(),
                "--lang",
                "en");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.USAGE);
    assertThat(run.err()).isEqualTo("hubops: --output " + pdf + ": the file must end in .xlsx\n");
    assertThat(folder).isEmptyDirectory();
  }

  @Test
  void aWorkbookIsReadableByItsOwnerAloneEvenWhereAnOpenFileStood() throws IOException {
    TestService service = TestService.on(TestDatabase.H2);
    Hub hub = Fixtures.createHub(service.api());
    Path template = folder.resolve("template.xlsx");
    Files.writeString(template, "an older file, readable by all");
    Files.setPosixFilePermissions(template, PosixFilePermissions.fromString("rw-rw-rw-"));
    Cli coordinator =
        new Cli()
            .with("HUBOPS_SERVER", service.api().base())
            .with(
                "HUBOPS_TOKEN",
                service.issueToken(service.addAccount(Role.COORDINATOR, hub).username()));

    Cli.Run run =
        coordinator.run("template", "sessions", "--hub", hub.code(), "-o", template.toString());

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).startsWith("Записано " + template + " (шаблон занять хабу " + hub.code());
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(template)))
        .isEqualTo("rw-------");
  }

  @Test
  void helpListsTheExitCodesAndTheCompletionCommand() {
    Cli.Run run = Cli.asStaff().run("--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("generate-completion")
        .contains("Exit codes:")
        .contains("3   the service cannot be reached")
        .contains("7   the output file cannot be written");
  }

  @Test
  void countsFollowTheLanguagesPluralRules() {
    CliText uk = new CliText(Language.UK);
    CliText en = new CliText(Language.EN);

    assertThat(uk.get("sessions", 1)).isEqualTo("1 заняття");
    assertThat(uk.get("sessions", 3)).isEqualTo("3 заняття");
    assertThat(uk.get("sessions", 5)).isEqualTo("5 занять");
    assertThat(uk.get("sessions", 21)).isEqualTo("21 заняття");
    assertThat(uk.get("records.hubs", 2)).isEqualTo("2 хаби");
    assertThat(uk.get("records.hubs", 11)).isEqualTo("11 хабів");
    assertThat(en.get("sessions", 1)).isEqualTo("1 session");
    assertThat(en.get("sessions", 1234)).isEqualTo("1,234 sessions");
  }
}
