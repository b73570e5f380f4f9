package org.hubops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.hubops.api.testing.Api;
import org.hubops.api.testing.ApiResponse;
import org.hubops.api.testing.Fixtures;
import org.hubops.api.testing.TestDatabase;
import org.hubops.api.testing.TestService;
import org.hubops.model.Kyiv;
import org.hubops.model.Quarter;
import org.hubops.model.Role;
import org.hubops.model.rest.Account;
import org.hubops.model.rest.Hub;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real {@code hubops remind} against the real service, which has no SMTP server configured: a
 * dry run lists who would be reminded, sending is refused, and only an admin may ask. (Mail
 * actually sent is {@code reminders.ReminderMailTest}'s, against a real SMTP server.)
 */
class HubOpsRemindTest {

  static TestService service;
  static Quarter ended;
  static Hub hub;
  static Account coordinator;

  @BeforeAll
  static void aHubThatHasNotSubmitted() {
    service = TestService.on(TestDatabase.H2);
    Api admin = service.api();
    ended = Quarter.containing(LocalDate.now(Kyiv.ZONE)).previous();
    ApiResponse created =
        admin.post(
            "/api/v1/hubs",
            Fixtures.hub(Fixtures.newHubCode(), "UA-21", ended.firstDay().minusYears(1)));
    hub = created.as(Hub.class);
    coordinator =
        Fixtures.account(Role.COORDINATOR, hub)
            .withOblastsAndEmail(List.of(), "halyna.remind@example.org");
    assertThat(admin.post("/api/v1/accounts", coordinator).status()).isEqualTo(201);
  }

  private Cli asAdmin() {
    return new Cli()
        .with("HUBOPS_SERVER", service.api().base())
        .with("HUBOPS_TOKEN", service.adminToken());
  }

  private String[] args(String... more) {
    String[] period = {"remind", "--year=" + ended.year(), "--quarter=" + ended.quarter()};
    String[] all = new String[period.length + more.length];
    System.arraycopy(period, 0, all, 0, period.length);
    System.arraycopy(more, 0, all, period.length, more.length);
    return all;
  }

  @Test
  void aDryRunListsTheCoordinatorWithTheirEmailAndHub() {
    Cli.Run run = asAdmin().run(args("--dry-run", "--lang=en"));

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out())
        .contains(ended + ": ")
        .contains("would be reminded")
        .contains("Sending is off")
        .containsPattern(
            coordinator.username()
                + "\\tОлена Коваль\\thalyna.remind@example.org\\t.*"
                + hub.code());
  }

  @Test
  void aDryRunSpeaksUkrainianByDefault() {
    Cli.Run run = asAdmin().run(args("--dry-run"));

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("нагадування отримали б").contains(hub.code());
  }

  @Test
  void sendingIsRefusedWhileTheServiceHasNoSmtpServer() {
    Cli.Run run = asAdmin().run(args("--lang=en"));

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.REFUSED);
    assertThat(run.err()).contains("409").contains("Reminders are off");
  }

  @Test
  void associationStaffMayNotRemind() {
    Cli.Run run = Cli.asStaff().with("HUBOPS_SERVER", service.api().base()).run(args("--dry-run"));

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.NOT_AUTHORIZED);
  }
}
