package org.hubops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.hubops.api.testing.Api;
import org.hubops.api.testing.ApiResponse;
import org.hubops.api.testing.Fixtures;
import org.hubops.api.testing.TestDatabase;
import org.hubops.api.testing.TestService;
import org.hubops.model.Role;
import org.hubops.model.rest.Hub;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code hubops quarter} and {@code hubops submissions} against the real service, as staff use them
 * at a deadline: who has reported, who is missing and whom to call, lock and unlock. A quarter long
 * past, in an oblast (Kirovohrad, UA-35) no other CLI test writes to.
 */
class HubOpsCycleTest {

  private static final String OBLAST = "UA-35";
  private static final String[] QUARTER = {"--year", "2018", "--quarter", "4"};

  static TestService service;
  static Hub reported;
  static Hub missing;

  @BeforeAll
  static void oneHubReportsAndOneDoesNot() {
    service = TestService.on(TestDatabase.H2);
    Api admin = service.api();
    reported = create(admin, Fixtures.hub(Fixtures.newHubCode(), OBLAST, LocalDate.of(2018, 1, 1)));
    missing = create(admin, Fixtures.hub(Fixtures.newHubCode(), OBLAST, LocalDate.of(2018, 1, 1)));
    service.addAccount(Role.COORDINATOR, missing);
    Api coordinator = service.as(Role.COORDINATOR, reported);
    ApiResponse logged =
        coordinator.post(
            "/api/v1/hubs/" + reported.id() + "/sessions",
            Fixtures.session(LocalDate.of(2018, 11, 20), 4));
    assertThat(logged.status()).as(logged.toString()).isEqualTo(201);
    ApiResponse submitted =
        coordinator.put("/api/v1/hubs/" + reported.id() + "/submissions/2018-Q4", "{}");
    assertThat(submitted.status()).as(submitted.toString()).isEqualTo(200);
  }

  private static Hub create(Api admin, Hub hub) {
    ApiResponse created = admin.post("/api/v1/hubs", hub);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return created.as(Hub.class);
  }

  private static Cli staff() {
    return Cli.asStaff().with("HUBOPS_SERVER", service.api().base());
  }

  private static String[] args(String... command) {
    String[] all = new String[command.length + QUARTER.length];
    System.arraycopy(command, 0, all, 0, command.length);
    System.arraycopy(QUARTER, 0, all, command.length, QUARTER.length);
    return all;
  }

  @Test
  void statusSaysWhoReportedAndListsTheMissingHubWithWhomToCall() {
    Cli.Run run = staff().run(args("quarter", "status", "--oblast", OBLAST));

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).contains("Квартал 2018-Q4: відкрито", "Строк подання: 2019-01-10");
    String missingPart = run.out().substring(run.out().indexOf("Не подали ("));
    assertThat(missingPart)
        .contains(missing.code(), "координатори: ")
        .doesNotContain(reported.code());
    assertThat(run.out()).containsPattern("Разом: мали подати \\d+, подали [1-9]");
    // Oblasts by name, as staff say them, in the run's language.
    assertThat(run.out()).contains("Кіровоградська область: мали подати");
    // One oblast asked for: its raions too, named as the codifier names them.
    assertThat(run.out()).containsPattern("\n  [А-ЯІЇЄҐ][а-яіїєґ’'-]+: мали подати [1-9]");
  }

  @Test
  void submissionsListsTheSubmittedHubAndFiltersByState() {
    Cli.Run all = staff().run(args("submissions", "--oblast", OBLAST));
    Cli.Run returned = staff().run(args("submissions", "--oblast", OBLAST, "--state", "returned"));

    assertThat(all.out()).contains(reported.code(), "Подано", "занять 1, відвідувань 4");
    assertThat(returned.out()).doesNotContain(reported.code()).contains("0 подань");
  }

  @Test
  void staffLockTheQuarterButOnlyAnAdminUnlocksIt() {
    Cli.Run locked = staff().run(args("quarter", "lock"));
    Cli.Run refused = staff().run(args("quarter", "unlock"));
    Cli.Run unlocked =
        new Cli()
            .with("HUBOPS_SERVER", service.api().base())
            .with("HUBOPS_TOKEN", service.adminToken())
            .run(args("quarter", "unlock", "--lang", "en"));

    assertThat(locked.exitCode()).as(locked.toString()).isEqualTo(ExitCodes.OK);
    assertThat(locked.out()).contains("Квартал 2018-Q4: закрито ");
    assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(ExitCodes.NOT_AUTHORIZED);
    assertThat(unlocked.exitCode()).as(unlocked.toString()).isEqualTo(ExitCodes.OK);
    assertThat(unlocked.out()).contains("Quarter 2018-Q4: open");
  }

  @Test
  void theQuarterMayBeWrittenWholeAsThePagesWriteIt() {
    Cli.Run whole = staff().run("quarter", "status", "--quarter", "2018-Q4", "--oblast", OBLAST);
    Cli.Run split = staff().run(args("quarter", "status", "--oblast", OBLAST));
    Cli.Run disagreeing =
        staff().run("quarter", "status", "--quarter", "2018-Q4", "--year", "2019");
    Cli.Run noYear = staff().run("quarter", "status", "--quarter", "4");
    Cli.Run notAQuarter = staff().run("quarter", "status", "--quarter", "2018-Q5");

    assertThat(whole.exitCode()).as(whole.toString()).isEqualTo(ExitCodes.OK);
    assertThat(whole.out()).isEqualTo(split.out());
    assertThat(disagreeing.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(disagreeing.err()).contains("--year 2019 не збігається з --quarter 2018-Q4");
    assertThat(noYear.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(noYear.err()).contains("Бракує --year", "--quarter 2026-Q4");
    assertThat(notAQuarter.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(notAQuarter.err()).contains("«2018-Q5» — не квартал");
  }

  @Test
  void aWrongQuarterOrStateIsOneLineNamingIt() {
    Cli.Run quarter = staff().run("quarter", "status", "--year", "2018", "--quarter", "5");
    Cli.Run state = staff().run(args("submissions", "--state", "DONE"));
    Cli.Run bare = staff().run("quarter");

    assertThat(quarter.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(quarter.err()).contains("--quarter має бути 1, 2, 3 або 4, а не 5");
    assertThat(state.exitCode()).isEqualTo(ExitCodes.USAGE);
    assertThat(state.err()).contains("--state", "DONE");
    assertThat(bare.err()).contains("status, lock або unlock");
  }
}
