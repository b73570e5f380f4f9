package org.hubops.bench.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.hubops.model.Language;
import org.hubops.reports.QuarterlyWorkbook;

/**
 * Writes the benchmark's national quarter to a file, to open it or to compare two versions of the
 * workbook code: {@code java -cp hub-bench.jar org.hubops.bench.workbook.SampleWorkbook 300000
 * quarter.xlsx}.
 */
public final class SampleWorkbook {

  private SampleWorkbook() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("usage: SampleWorkbook ROWS FILE.xlsx");
      System.exit(2);
    }
    int rows = Integer.parseInt(args[0]);
    SyntheticQuarter quarter = new SyntheticQuarter(6_000);
    long started = System.nanoTime();
    try (OutputStream out = Files.newOutputStream(Path.of(args[1]))) {
      new QuarterlyWorkbook(Language.UK).write(quarter.national(rows), quarter.lines(rows), out);
    }
    System.out.printf("%,d session lines in %.1f s%n", rows, (System.nanoTime() - started) / 1e9);
  }
}
