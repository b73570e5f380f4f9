package org.hubops.bench.aggregation;

import io.dropwizard.jackson.Jackson;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.hubops.api.reports.ReportService;
import org.hubops.bench.BenchDatabase;
import org.hubops.model.Quarter;
import org.hubops.model.report.QuarterlyDataset;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The quarter's aggregation on its own: every figure of the quarterly dataset (the whole country,
 * months, oblasts, 6,000 hubs, topics, the previous quarter, data-quality lists), as the service
 * computes it, without HTTP or JSON. The database is the service's, from {@code config} and its
 * environment ({@code HUBOPS_DB_URL}); bench/run points it at the generated national data.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 5)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx512m"})
public class AggregationBenchmark {

  @Param("config/hub-api-postgres.yml")
  public String config;

  @Param("2025")
  public int year;

  @Param("4")
  public int quarter;

  private BenchDatabase database;
  private ReportService reports;

  @Setup(Level.Trial)
  public void open() throws Exception {
    database = BenchDatabase.open(config);
    reports = new ReportService(database.jdbi(), Clock.systemUTC(), Jackson.newObjectMapper());
  }

  @TearDown(Level.Trial)
  public void close() throws Exception {
    database.close();
  }

  @Benchmark
  public QuarterlyDataset quarterlyDataset() {
    return reports.quarterly(Quarter.of(year, quarter), null);
  }
}
