package org.hubops.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hubops.model.Language;
import org.hubops.model.report.SessionLine;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every workbook as it prints: LibreOffice turns it into a PDF, in which no cell may show {@code
 * ###}, and no cell's text may be wider (or, wrapped, taller) than the cell it prints in. With
 * {@code -Dhubops.pictures=DIR} the PDFs are kept there, to be looked at page by page.
 */
class PrintedWorkbookTest {

  @TempDir Path work;

  @ParameterizedTest
  @EnumSource(Language.class)
  void everyWorkbookPrintsWithNoCellCutOrHashed(Language language) throws Exception {
    LibreOffice office = LibreOffice.required();
    List<String> problems = new ArrayList<>();
    for (Book book : Book.values()) {
      byte[] bytes = book.write(language);
      Path xlsx = work.resolve(book.name().toLowerCase() + "-" + language.tag() + ".xlsx");
      Files.write(xlsx, bytes);
      try (XSSFWorkbook workbook = Read.workbook(bytes)) {
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
          problems.addAll(PrintedWidth.cutCells(workbook.getSheetAt(i)));
        }
      }
      Path pdf = office.convert(xlsx, "pdf", work.resolve(xlsx.getFileName() + ".d"));
      String printed = pdfText(pdf);
      assertThat(printed).as(book + " as printed").contains(book.expectedText(language));
      if (printed.contains("###")) {
        problems.add(book + ": a cell shows ### in " + pdf);
      }
      keep(pdf);
    }
    assertThat(problems).as("cells cut at the printed width").isEmpty();
  }

  /** The three workbooks, written from the shared fixture. */
  private enum Book {
    QUARTERLY {
      @Override
      byte[] write(Language language) throws IOException {
        return QuarterlyWorkbookTest.write(language, QuarterlyWorkbook.EXCEL_MAX_ROWS);
      }
    },
    HUB {
      @Override
      byte[] write(Language language) throws IOException {
        List<SessionLine> mine =
            Fixture.lines().stream().filter(l -> l.hub().equals(Fixture.CITY_HUB)).toList();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new HubWorkbook(language).write(Fixture.cityHub(), mine.iterator(), out);
        return out.toByteArray();
      }
    },
    EQUIPMENT {
      @Override
      byte[] write(Language language) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new EquipmentWorkbook(language).write(Fixture.equipment(), out);
        return out.toByteArray();
      }
    },
    EQUIPMENT_TEMPLATE {
      @Override
      byte[] write(Language language) throws IOException {
        return ListTemplateTest.equipment(language);
      }

      @Override
      String expectedText(Language language) {
        return "LV-0042";
      }
    },
    HUBS_TEMPLATE {
      @Override
      byte[] write(Language language) throws IOException {
        return ListTemplateTest.hubs(language);
      }

      @Override
      String expectedText(Language language) {
        return "UA46100210130069026";
      }
    };

    abstract byte[] write(Language language) throws IOException;

    /** What every printed copy shows, so that an empty PDF cannot pass. */
    String expectedText(Language language) {
      return Fixture.CITY_HUB.code();
    }
  }

  private static String pdfText(Path pdf) throws IOException, InterruptedException {
    Path text = pdf.resolveSibling(pdf.getFileName() + ".txt");
    Process process =
        new ProcessBuilder("pdftotext", "-layout", pdf.toString(), text.toString())
            .redirectErrorStream(true)
            .start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("pdftotext finished").isTrue();
    return Files.readString(text, StandardCharsets.UTF_8);
  }

  private static void keep(Path pdf) throws IOException {
    String pictures = System.getProperty("hubops.pictures");
    if (pictures != null) {
      Path dir = Files.createDirectories(Path.of(pictures));
      Files.copy(
          pdf, dir.resolve(pdf.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
  }
}
