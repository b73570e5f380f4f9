package org.hubops.bench;

import java.util.Arrays;
import org.hubops.bench.imports.ImportFile;
import org.hubops.bench.national.NationalTool;

/**
 * {@code java -jar hub-bench.jar national config.yml ...} fills a database with a national year;
 * {@code import-file OUT.xlsx SESSIONS} writes a hub's session journal for bench/imports; any other
 * arguments go to JMH ({@code java -jar hub-bench.jar AggregationBenchmark ...}).
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("national")) {
      new NationalTool().run(args);
    } else if (args.length > 0 && args[0].equals("import-file")) {
      ImportFile.main(Arrays.copyOfRange(args, 1, args.length));
    } else {
      org.openjdk.jmh.Main.main(args);
    }
  }
}
