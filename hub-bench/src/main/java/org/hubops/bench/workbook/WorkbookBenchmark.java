package org.hubops.bench.workbook;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
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
 * rows} session lines, in a JVM limited to the CLI's 256 MB heap; the score is seconds per workbook
 * and the secondary {@code :rows} result is session rows per second.
 *
 * <p>The fair comparison is {@link #quarterlySessions} against {@link #plainSxssf}: {@link
 * QuarterlyWorkbook} has no way to write the Sessions sheet alone, so it gets a dataset with no
 * hubs, equipment or issues, and the few near-empty sheets that remain cost milliseconds. What is
 * left over the plain sheet is the price of the workbook's styles, totals, widths, print set-up and
 * labels. {@link #quarterlyNational} is the real thing, as the CLI writes it: the same lines plus
 * about 6,000 hubs, 25 regions, 12,000 equipment rows and the data-quality issues of the quarter;
 * it is the figure to hold against the 30 s budget (the CLI adds reading the JSON).
 *
 * <p>Workbooks go to a {@link NullOutputStream}: the zip compression of the result still runs and
 * SXSSF still streams its rows through temporary files on disk, as it does for a real file; only
 * the final write of some 40 MB, the same for both, is left out.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
// An iteration lasts at least a millisecond: exactly one workbook, so that the rows counter below
// comes out as rows per second of that workbook.
@Warmup(iterations = 1, time = 1, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 3, time = 1, timeUnit = TimeUnit.MILLISECONDS)
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

  /**
   * Session rows written, which JMH reports per second of the iteration, and the same per second of
   * CPU time of the writing thread. The second holds still on a machine shared with other work,
   * where wall-clock figures swing by a factor of two; it leaves out the collector's and the JIT's
   * threads, which the writers keep about equally busy.
   */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.OPERATIONS)
  public static class Rows {
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    public long rows;

    /** Rows scaled by wall over CPU time: divided by the iteration's time, rows per CPU second. */
    public double rowsPerCpuSecond;

    private long wallStart;
    private long cpuStart;

    @Setup(Level.Iteration)
    public void reset() {
      rows = 0;
      rowsPerCpuSecond = 0;
    }

    void start() {
      wallStart = System.nanoTime();
      cpuStart = THREADS.getCurrentThreadCpuTime();
    }

    void stop(long written) {
      long cpu = THREADS.getCurrentThreadCpuTime() - cpuStart;
      long wall = System.nanoTime() - wallStart;
      rows += written;
      rowsPerCpuSecond += written * ((double) wall / Math.max(cpu, 1));
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
    counted.start();
    counted.stop(plain.write(quarter.lines(rows), out));
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
    counted.start();
    new QuarterlyWorkbook(Language.UK).write(dataset, quarter.lines(rows), out);
    counted.stop(rows);
    return out.bytes;
  }
}
