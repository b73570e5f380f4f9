package org.hubops.api.reminders;

import static io.dropwizard.testing.ConfigOverride.config;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.hubops.api.testing.Api;
import org.hubops.api.testing.ApiResponse;
import org.hubops.api.testing.Fixtures;
import org.hubops.api.testing.TestDatabase;
import org.hubops.api.testing.TestService;
import org.hubops.model.Kyiv;
import org.hubops.model.Quarter;
import org.hubops.model.Role;
import org.hubops.model.rest.Account;
import org.hubops.model.rest.Equipment;
import org.hubops.model.rest.Hub;
import org.hubops.model.rest.ReminderPlan;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Reminders through a real SMTP server (GreenMail, inside this JVM, on a free port) from a service
 * of its own whose deadline is tomorrow, so that today is in the reminder window: one e-mail per
 * coordinator whose hubs have not submitted, none for hubs that submitted or filed a nil report,
 * and nothing more when the job runs again.
 */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class ReminderMailTest {

  private static final String PUBLIC_URL = "https://hubops.example.org";

  @Parameter TestDatabase database;

  private final LocalDate today = LocalDate.now(Kyiv.ZONE);
  private final Quarter ended = Quarter.containing(today).previous();
  private GreenMail smtp;
  private TestService service;
  private Api admin;

  @BeforeEach
  void start() {
    smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    smtp.setUser("hubops@example.org", "hubops-relay", "relay-secret-2026");
    smtp.start();
    long deadlineDays = ChronoUnit.DAYS.between(ended.lastDay(), today) + 1;
    service =
        TestService.start(
            database,
            config("cycle.deadlineDays", Long.toString(deadlineDays)),
            config("reminders.smtpHost", "127.0.0.1"),
            config("reminders.smtpPort", Integer.toString(smtp.getSmtp().getPort())),
            config("reminders.username", "hubops-relay"),
            config("reminders.password", "relay-secret-2026"),
            config("reminders.startTls", "false"),
            config("reminders.from", "HubOps <hubops@example.org>"),
            config("reminders.publicUrl", PUBLIC_URL));
    admin = service.api();
  }

  @AfterEach
  void stop() {
    if (service != null) {
      service.stop();
    }
    smtp.stop();
  }

  @Test
  void eachCoordinatorOfHubsThatHaveNotSubmittedIsRemindedOnce() throws Exception {
    Hub a = hub("UA-46");
    Hub b = hub("UA-46");
    Hub submitted = hub("UA-46");
    Hub nil = hub("UA-07");
    Hub unreachable = hub("UA-07");
    Hub nobodys = hub("UA-07");
    Account olena = coordinator("olena@example.org", a, b);
    Account petro = coordinator("petro@example.org", submitted);
    Account ivan = coordinator("ivan@example.org", nil);
    Account maria = coordinator(null, unreachable);
    String hubPath = "/api/v1/hubs/";
    assertThat(
            admin
                .post(hubPath + submitted.id() + "/sessions", Fixtures.session(ended.firstDay(), 3))
                .status())
        .isEqualTo(201);
    assertThat(admin.put(hubPath + submitted.id() + "/submissions/" + ended, Map.of()).status())
        .isEqualTo(200);
    assertThat(
            admin
                .put(
                    hubPath + nil.id() + "/submissions/" + ended,
                    Map.of("nil", true, "reason", "CLOSED"))
                .status())
        .isEqualTo(200);
    String period = "?year=" + ended.year() + "&quarter=" + ended.quarter();
    // Olena's hubs hold a laptop unchecked for 13 months and one checked last month.
    LocalDate today = LocalDate.now(Kyiv.ZONE);
    checkedOn(a, "РН-13", today.minusMonths(13));
    checkedOn(b, "РН-01", today.minusMonths(1));

    ReminderPlan dryRun = admin.get("/api/v1/reminders" + period).as(ReminderPlan.class);
    assertThat(dryRun.enabled()).isTrue();
    assertThat(dryRun.recipients()).extracting("username").containsExactly(olena.username());
    assertThat(dryRun.recipients().get(0).hubs())
        .extracting("code", "submitUrl")
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(a.code(), submitUrl(a)),
            org.assertj.core.groups.Tuple.tuple(b.code(), submitUrl(b)));
    assertThat(dryRun.withoutEmail()).extracting("username").containsExactly(maria.username());
    assertThat(smtp.getReceivedMessages()).as("a dry run sends nothing").isEmpty();

    Reminders reminders = service.attribute(Reminders.class);
    ReminderPlan first = reminders.runDaily();
    assertThat(first.recipients()).extracting("username").containsExactly(olena.username());
    assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();

    MimeMessage[] received = smtp.getReceivedMessages();
    assertThat(received).hasSize(1);
    MimeMessage mail = received[0];
    assertThat(recipients(mail)).containsExactly("olena@example.org");
    assertThat(mail.getSubject()).contains(ended.toString());
    String body = GreenMailUtil.getBody(mail);
    String text = mail.getContent().toString();
    assertThat(text)
        .as(body)
        .contains("Добрий день, Олена Коваль!")
        .contains(a.code() + " «" + a.name() + "»: " + submitUrl(a))
        .contains(b.code() + " «" + b.name() + "»: " + submitUrl(b))
        .contains("English:")
        .contains(a.code() + ", РН-13 (Lenovo ThinkPad E14 Gen 5): перевірити до")
        .doesNotContain("РН-01")
        .doesNotContain(submitted.code())
        .doesNotContain(nil.code())
        .doesNotContain(nobodys.code());

    // The link leads to the hub's submit page (by hub code, as the e-mail names it).
    ApiResponse submitPage = admin.get(submitUrl(a).substring(PUBLIC_URL.length()));
    assertThat(submitPage.status()).as(submitPage.toString()).isEqualTo(200);
    assertThat(submitPage.body()).contains(a.code());

    // The job again, and an admin's "send now": nobody is reminded twice.
    ReminderPlan second = reminders.runDaily();
    assertThat(second.recipients()).isEmpty();
    assertThat(second.alreadyReminded()).isEqualTo(1);
    ApiResponse sendNow = admin.post("/api/v1/reminders/send" + period, null);
    assertThat(sendNow.status()).as(sendNow.toString()).isEqualTo(200);
    assertThat(sendNow.as(ReminderPlan.class).recipients()).isEmpty();
    Thread.sleep(500);
    assertThat(smtp.getReceivedMessages()).hasSize(1);
    int stored =
        service
            .jdbi()
            .withHandle(
                h -> h.select("select count(*) from reminder_sent").mapTo(Integer.class).one());
    assertThat(stored).as("reminders recorded").isEqualTo(1);
    assertThat(List.of(petro.username(), ivan.username())).doesNotContain(olena.username());
  }

  @Test
  void staffSeeTheMissingHubsWithTheirCoordinatorsAndARegionalOfficerOnlyTheirOblasts() {
    Hub lviv = hub("UA-46");
    Hub volyn = hub("UA-07");
    Hub volynSubmitted = hub("UA-07");
    coordinator("olena@example.org", lviv);
    coordinator("petro@example.org", volyn);
    assertThat(
            admin
                .put(
                    "/api/v1/hubs/" + volynSubmitted.id() + "/submissions/" + ended,
                    Map.of("nil", true, "reason", "NO_POWER"))
                .status())
        .isEqualTo(200);
    String period = "?year=" + ended.year() + "&quarter=" + ended.quarter();

    JsonNode all = admin.get("/api/v1/reports/completeness/missing" + period).json();
    assertThat(codes(all)).containsExactly(volyn.code(), lviv.code());
    JsonNode olenas = all.get(1).path("coordinators").get(0);
    assertThat(olenas.path("email").asText()).isEqualTo("olena@example.org");
    assertThat(olenas.path("displayName").asText()).isEqualTo("Олена Коваль");
    assertThat(all.get(1).has("lastSession")).isTrue();

    Api regional = service.asRegional("UA-07");
    assertThat(codes(regional.get("/api/v1/reports/completeness/missing" + period).json()))
        .containsExactly(volyn.code());
    JsonNode completeness = regional.get("/api/v1/reports/completeness" + period).json();
    assertThat(completeness.path("expected").asInt()).isEqualTo(2);
    assertThat(completeness.path("missing").asInt()).isEqualTo(1);
    assertThat(
            regional
                .get("/api/v1/reports/completeness/missing" + period + "&oblast=UA-46")
                .status())
        .isEqualTo(403);
    assertThat(smtp.getReceivedMessages()).isEmpty();
  }

  private Hub hub(String oblast) {
    return Fixtures.created(
        admin.post(
            "/api/v1/hubs",
            Fixtures.hub(Fixtures.newHubCode(), oblast, ended.firstDay().minusYears(1))),
        Hub.class);
  }

  private Account coordinator(String email, Hub... hubs) {
    Account account =
        Fixtures.account(Role.COORDINATOR, hubs).withOblastsAndEmail(List.of(), email);
    ApiResponse created = admin.post("/api/v1/accounts", account);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return account;
  }

  private String submitUrl(Hub hub) {
    return PUBLIC_URL + "/hubs/" + hub.code() + "/submit/" + ended;
  }

  private static List<String> recipients(MimeMessage mail) throws Exception {
    List<String> to = new ArrayList<>();
    for (var address : mail.getRecipients(Message.RecipientType.TO)) {
      to.add(address.toString());
    }
    return to;
  }

  private static List<String> codes(JsonNode hubs) {
    List<String> codes = new ArrayList<>();
    hubs.forEach(h -> codes.add(h.path("hubCode").asText()));
    return codes;
  }

  private void checkedOn(Hub hub, String inventoryNumber, LocalDate lastChecked) {
    Equipment item = Fixtures.equipment(inventoryNumber);
    Equipment sent =
        new Equipment(
            null,
            null,
            item.inventoryNumber(),
            item.category(),
            item.model(),
            item.serialNumber(),
            item.fundingSource(),
            item.acquiredOn(),
            null,
            null,
            lastChecked,
            null,
            null,
            null,
            null);
    Fixtures.createEquipment(admin, hub, sent);
  }
}
