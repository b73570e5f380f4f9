package org.hubops.bench.workbook;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.hubops.model.Language;
import org.hubops.model.report.QuarterlyDataset;
import org.hubops.reports.QuarterlyWorkbook;
import org.openjdk.jmh.annotations.AuxCounters;
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
import org.openjdk.jmh.annotations.Warmup;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Benchmark 3 of issue #7: the quarterly workbook's session detail at national scale, against the
 * plainest SXSSF sheet holding the same values. Each invocation writes a whole workbook of {@code
 * rows} session lines, in a JVM limited to the CLI's 256 MB heap.
 *
 * <p>The fair comparison is {@link #quarterlySessions} against {@link #plainSxssf}: {@link
 * QuarterlyWorkbook} has no way to write the Sessions sheet alone, so it gets a dataset with no
 * hubs, equipment or issues, and the few near-empty sheets that remain cost milliseconds. What is
 * left over the plain sheet is the price of the workbook's styles, totals, widths, print set-up and
 * labels. {@link #quarterlyNational} is the real thing, as the CLI writes it: the same lines plus
 * about 6,000 hubs, 25 regions, 12,000 equipment rows and the data-quality issues of the quarter;
 * it is the figure to hold against the 30 s budget.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx256m"})
public class WorkbookBenchmark {

  /** Session lines per workbook: a national quarter, and a tenth of one. */
  @Param({"30000", "300000"})
  public int rows;

  /** Hubs in the national dataset. */
  @Param({"6000"})
  public int hubs;

  private SyntheticQuarter quarter;
  private QuarterlyDataset national;
  private QuarterlyDataset sessionsOnly;
  private PlainSessionSheet plain;

  /** Rows written per second, reported beside the time of each workbook. */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class Rows {
    public long rows;
    public long bytes;

    @Setup(Level.Iteration)
    public void reset() {
      rows = 0;
      bytes = 0;
    }
  }

  @Setup(Level.Trial)
  public void makeQuarter() {
    // The service's Logback is on the class path and would print POI's debug lines.
    ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME))
        .setLevel(ch.qos.logback.classic.Level.WARN);
    quarter = new SyntheticQuarter(hubs);
    national = quarter.national(rows);
    sessionsOnly = quarter.sessionsOnly();
    plain = new PlainSessionSheet(quarter.oblasts);
  }

  @Benchmark
  public long plainSxssf(Rows counted) throws IOException {
    NullOutputStream out = new NullOutputStream();
    counted.rows += plain.write(quarter.lines(rows), out);
    counted.bytes += out.bytes;
    return out.bytes;
  }

  @Benchmark
  public long quarterlySessions(Rows counted) throws IOException {
    return quarterly(sessionsOnly, counted);
  }

  @Benchmark
  public long quarterlyNational(Rows counted) throws IOException {
    return quarterly(national, counted);
  }

  private long quarterly(QuarterlyDataset dataset, Rows counted) throws IOException {
    NullOutputStream out = new NullOutputStream();
    new QuarterlyWorkbook(Language.UK).write(dataset, quarter.lines(rows), out);
    counted.rows += rows;
    counted.bytes += out.bytes;
    return out.bytes;
  }
}
