package org.hubops.api.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.hubops.api.testing.Api;
import org.hubops.api.testing.ApiResponse;
import org.hubops.api.testing.Fixtures;
import org.hubops.api.testing.TestDatabase;
import org.hubops.api.testing.TestService;
import org.hubops.model.Kyiv;
import org.hubops.model.imports.AttendeeColumn;
import org.hubops.model.imports.SessionColumn;
import org.hubops.model.rest.Hub;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Times 10,000 sessions of 10 attendees imported through the running service, for docs/import.md.
 * Run by hand: {@code ./mvnw -pl hub-api -am test -Dtest=SessionImportBench -Dhubops.bench=true
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@EnabledIfSystemProperty(named = "hubops.bench", matches = "true")
@ParameterizedClass(name = "{0}")
@EnumSource(TestDatabase.class)
class SessionImportBench {

  @Parameter TestDatabase database;

  private static final int SESSIONS = 10_000;
  private static final int ATTENDEES_EACH = 10;
  private static final String[] KINDS = {"Групове заняття", "CONSULTATION", "Захід"};
  private static final String[] GENDERS = {"Жінка", "Чоловік", "FEMALE"};
  private static final String[] BANDS = {"18–29", "30–39", "60–69", "70+", "AGE_50_59"};

  static byte[] workbook() throws IOException {
    LocalDate today = LocalDate.now(Kyiv.ZONE);
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(500)) {
      CellStyle date = workbook.createCellStyle();
      date.setDataFormat(workbook.createDataFormat().getFormat("dd.mm.yyyy"));
      Sheet sessions = workbook.createSheet("Заняття");
      Row header = sessions.createRow(0);
      for (SessionColumn column : SessionColumn.values()) {
        header.createCell(column.ordinal()).setCellValue(column.labelUk());
      }
      Sheet attendees = workbook.createSheet("Відвідувачі");
      Row attendeeHeader = attendees.createRow(0);
      for (AttendeeColumn column : AttendeeColumn.values()) {
        attendeeHeader.createCell(column.ordinal()).setCellValue(column.labelUk());
      }
      int attendeeRow = 1;
      for (int i = 0; i < SESSIONS; i++) {
        Row row = sessions.createRow(i + 1);
        row.createCell(0).setCellValue(i + 1);
        row.createCell(1).setCellValue(today.minusDays(1 + i % 700));
        row.getCell(1).setCellStyle(date);
        row.createCell(2)
            .setCellValue(String.format(Locale.ROOT, "%02d:%02d", 9 + i % 8, i % 4 * 15));
        row.createCell(3).setCellValue(45 + i % 4 * 15);
        row.createCell(4).setCellValue(KINDS[i % KINDS.length]);
        row.createCell(5).setCellValue(i % 5 == 0 ? "Онлайн" : "Очно");
        row.createCell(6).setCellValue("Заняття № " + (i + 1));
        row.createCell(7).setCellValue(i % 2 == 0 ? "E.1; 2.2" : "E.3");
        row.createCell(8).setCellValue("Олена Коваль");
        for (int a = 0; a < ATTENDEES_EACH; a++) {
          Row person = attendees.createRow(attendeeRow++);
          person.createCell(0).setCellValue(i + 1);
          person.createCell(1).setCellValue(GENDERS[(i + a) % GENDERS.length]);
          person.createCell(2).setCellValue(BANDS[(i + a) % BANDS.length]);
          person.createCell(3).setCellValue(a % 4 == 0 ? "так" : "ні");
          person.createCell(5).setCellValue(a % 9 == 0 ? "так" : "");
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      workbook.write(out);
      workbook.dispose();
      return out.toByteArray();
    }
  }

  @Test
  void tenThousandSessions() throws IOException {
    Api api = TestService.on(database).api();
    Hub hub = Fixtures.createHub(api);
    byte[] file = workbook();
    String path = "/api/v1/hubs/" + hub.id() + "/imports";

    long auditedBefore = audited(api);
    long t0 = System.nanoTime();
    ApiResponse dry = api.postBytes(path + "?dryRun=true", Multipart.XLSX, file);
    long t1 = System.nanoTime();
    ApiResponse first = api.postBytes(path, Multipart.XLSX, file);
    long t2 = System.nanoTime();
    ApiResponse again = api.postBytes(path, Multipart.XLSX, file);
    long t3 = System.nanoTime();

    assertThat(dry.status()).as(dry.body().substring(0, 200)).isEqualTo(200);
    assertThat(first.json().path("created").asInt()).isEqualTo(SESSIONS);
    assertThat(again.json().path("unchanged").asInt()).isEqualTo(SESSIONS);
    // One audit entry per session created, none for the repeat.
    assertThat(audited(api) - auditedBefore).isEqualTo(SESSIONS);
    System.out.printf(
        Locale.ROOT,
        "BENCH %s: file %.1f MB; dry run %.1f s; import %.1f s; re-import %.1f s%n",
        database,
        file.length / 1e6,
        (t1 - t0) / 1e9,
        (t2 - t1) / 1e9,
        (t3 - t2) / 1e9);
  }

  private static long audited(Api api) {
    return api.get("/api/v1/audit?entity=SESSION&size=1").json().path("total").asLong();
  }
}
