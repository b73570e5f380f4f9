package org.hubops.bench;

import org.hubops.bench.national.NationalTool;

/**
 * {@code java -jar hub-bench.jar national config.yml ...} fills a database with a national year;
 * any other arguments go to JMH ({@code java -jar hub-bench.jar AggregationBenchmark ...}).
 */
public final class Main {

  private Main() {}

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("national")) {
      new NationalTool().run(args);
    } else {
      org.openjdk.jmh.Main.main(args);
    }
  }
}
