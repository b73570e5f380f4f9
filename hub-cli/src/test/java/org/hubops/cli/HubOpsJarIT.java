package org.hubops.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hubops.api.testing.TestDatabase;
import org.hubops.api.testing.TestService;
import org.hubops.api.testing.Workbooks;
import org.hubops.model.Kyiv;
import org.hubops.model.Quarter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded jar as staff run it, in the 256 MB heap bin/hubops gives it. An integration test
 * (failsafe, after {@code package}) so that it always runs the jar just built.
 */
class HubOpsJarIT {

  @TempDir Path folder;

  @Test
  void theJarRunsInASmallHeap() throws Exception {
    Path jar = Path.of("target/hub-cli.jar");
    String server = TestService.on(TestDatabase.H2).api().base();
    Quarter quarter = Quarter.containing(LocalDate.now(Kyiv.ZONE));
    Path output = folder.resolve("from-jar.xlsx");
    Process process =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-jar",
                jar.toString(),
                "report",
                "quarterly",
                "--server",
                server,
                "--token",
                Cli.staffToken(),
                "--year",
                String.valueOf(quarter.year()),
                "--quarter",
                String.valueOf(quarter.quarter()),
                "--output",
                output.toString())
            .redirectErrorStream(true)
            .start();
    String printed = new String(process.getInputStream().readAllBytes());

    assertThat(process.waitFor()).as(printed).isZero();
    assertThat(printed).contains("Записано");
    try (XSSFWorkbook book = Workbooks.open(Files.readAllBytes(output))) {
      assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("Підсумок");
    }
  }
}
