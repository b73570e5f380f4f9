package org.hubops.api.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hubops.api.imports.SessionImportApiTest.imports;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.hubops.api.testing.Api;
import org.hubops.api.testing.ApiResponse;
import org.hubops.api.testing.Fixtures;
import org.hubops.api.testing.TestDatabase;
import org.hubops.api.testing.TestService;
import org.hubops.model.Kyiv;
import org.hubops.model.rest.Hub;
import org.hubops.model.rest.Session;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The sessions and attendees as a pair of CSV files, as old and new Excel save them. */
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class SessionCsvImportTest {

  @Parameter TestDatabase database;

  private static final Charset WINDOWS_1251 = Charset.forName("windows-1251");
  private static final String DAY =
      LocalDate.now(Kyiv.ZONE).minusDays(3).format(DateTimeFormatter.ofPattern("dd.MM.yyyy"));

  private Api api;
  private Hub hub;

  @BeforeEach
  void hub() {
    api = TestService.on(database).api();
    hub = Fixtures.createHub(api);
  }

  private ApiResponse upload(byte[] sessions, byte[] attendees) {
    return new Multipart()
        .file("sessions", "sessions.csv", "text/csv", sessions)
        .file("attendees", "attendees.csv", "text/csv", attendees)
        .post(api, imports(hub));
  }

  private Session onlySession() {
    JsonNode items = api.get("/api/v1/hubs/" + hub.id() + "/sessions").json().path("items");
    assertThat(items).hasSize(1);
    return Api.JSON.convertValue(items.get(0), Session.class);
  }

  @Test
  void windows1251WithSemicolonsAndTrailingEmptyRowsIsRead() {
    String sessions =
        "Номер;Дата;Початок;Хвилин;Вид;Формат;Назва;Теми\r\n"
            + "1;"
            + DAY
            + ";10:00;60;Захід;Очно;Безпечні паролі, частина 1;E.4; 4.2\r\n"
            + ";;;;;;;\r\n"
            + "\r\n";
    String attendees =
        "Номер заняття;Стать;Вікова група;ВПО;Інвалідність;Ветеран\r\n"
            + "1;Жінка;60–69;так;ні;ні\r\n"
            + "1;Чоловік;70+;;;так\r\n"
            + ";;;;;\r\n";

    ApiResponse response =
        upload(sessions.getBytes(WINDOWS_1251), attendees.getBytes(WINDOWS_1251));

    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    Session stored = onlySession();
    assertThat(stored.title()).isEqualTo("Безпечні паролі, частина 1");
    assertThat(stored.attendees()).hasSize(2);
    assertThat(stored.attendees().get(1).veteran()).isTrue();
  }

  @Test
  void utf8WithBomCommasAndEnglishHeadersIsRead() {
    String sessions =
        "\uFEFFRef,Date,Start,Minutes,Kind,Format,Title,Topics\n"
            + "s-1,"
            + DAY
            + ",09:30,45,CONSULTATION,ONLINE,\"Смартфон, планшет\",\"E.3;2.1\"\n";
    String attendees = "\uFEFFRef,Gender,Age band\ns-1,UNDISCLOSED,UNKNOWN\n";

    ApiResponse response =
        upload(
            sessions.getBytes(StandardCharsets.UTF_8), attendees.getBytes(StandardCharsets.UTF_8));

    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    Session stored = onlySession();
    assertThat(stored.title()).isEqualTo("Смартфон, планшет");
    assertThat(stored.topics()).containsExactlyInAnyOrder("E.3", "2.1");
  }

  @Test
  void problemsNameTheCsvFileRowAndColumn() {
    String sessions =
        "Ref,Date,Start,Minutes,Kind,Format,Topics\n1," + DAY + ",10:00,60,EVENT,ONLINE,E.1\n";
    String attendees = "Ref,Gender,Age band\n1,FEMALE,AGE_30_39\n1,Жінко,AGE_30_39\n";

    ApiResponse response =
        upload(
            sessions.getBytes(StandardCharsets.UTF_8), attendees.getBytes(StandardCharsets.UTF_8));

    assertThat(response.status()).as(response.toString()).isEqualTo(422);
    assertThat(response.errorFields()).containsExactly("attendees.csv!B3");
    assertThat(api.get("/api/v1/hubs/" + hub.id() + "/sessions").json().path("total").asInt())
        .isZero();
  }

  @Test
  void aPairSentTheWrongWayRoundIsSaidToBeSwapped() {
    String sessions =
        "Ref,Date,Start,Minutes,Kind,Format,Topics\n1," + DAY + ",10:00,60,EVENT,ONLINE,E.1\n";
    String attendees = "Ref,Gender,Age band\n1,FEMALE,AGE_30_39\n";

    ApiResponse response =
        upload(
            attendees.getBytes(StandardCharsets.UTF_8), sessions.getBytes(StandardCharsets.UTF_8));

    assertThat(response.status()).as(response.toString()).isEqualTo(422);
    assertThat(response.errorFields()).as("one problem, not a header error each").hasSize(1);
    assertThat(response.body()).contains("Файли переплутано");
  }

  @Test
  void textNamedXlsxIsDescribedAsWhatItIsWithoutFieldNames() {
    ApiResponse response =
        new Multipart()
            .file("file", "fake.xlsx", "application/octet-stream", "Ref,Date\n1,x\n".getBytes())
            .post(api, imports(hub));

    assertThat(response.status()).as(response.toString()).isEqualTo(422);
    assertThat(response.body())
        .contains("«fake.xlsx» названо .xlsx, але це текст")
        .doesNotContain("sessions")
        .doesNotContain("attendees");
  }
}
