package org.hubops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hubops.model.imports.EquipmentColumn;
import org.hubops.model.imports.HubColumn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The list templates, written by the command line itself: no service is asked. */
class HubOpsListTemplateTest {

  @TempDir Path folder;

  /** A run with no server to reach: the list templates must not need one. */
  private static Cli offline() {
    return new Cli().with("HUBOPS_SERVER", "http://127.0.0.1:9");
  }

  private static XSSFWorkbook open(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return new XSSFWorkbook(in);
    }
  }

  @Test
  void equipmentTemplateIsWrittenOfflineWithTheImportsHeaders() throws IOException {
    Path file = folder.resolve("equipment.xlsx");

    Cli.Run run = offline().run("template", "equipment", "--hub", "LV-0001", "-o", file.toString());

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("шаблон переліку обладнання хабу LV-0001");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
        .isEqualTo("rw-------");
    try (XSSFWorkbook workbook = open(file)) {
      assertThat(workbook.getSheet("Обладнання").getRow(0).getCell(0).getStringCellValue())
          .isEqualTo(EquipmentColumn.INVENTORY_NUMBER.labelUk());
    }
  }

  @Test
  void hubRegisterTemplateSpeaksEnglishWithLangEn() throws IOException {
    Path file = folder.resolve("hubs.xlsx");

    Cli.Run run = offline().run("template", "hubs", "--lang", "en", "-o", file.toString());

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("hub register template, English");
    try (XSSFWorkbook workbook = open(file)) {
      assertThat(workbook.getSheet("Hubs").getRow(0).getCell(0).getStringCellValue())
          .isEqualTo(HubColumn.CODE.labelEn());
    }
  }
}
