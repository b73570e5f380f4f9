package org.hubops.bench.http;

import java.util.Arrays;

/**
 * Request latencies, kept whole (a run is at most some tens of thousands) for exact percentiles.
 */
final class Latencies {

  private long[] nanos = new long[1 << 14];
  private int count;

  synchronized void add(long latency) {
    if (count == nanos.length) {
      nanos = Arrays.copyOf(nanos, count * 2);
    }
    nanos[count++] = latency;
  }

  synchronized int count() {
    return count;
  }

  /** The {@code p}th percentile in milliseconds (nearest rank); 100 is the maximum. */
  synchronized double percentile(double p) {
    if (count == 0) {
      return Double.NaN;
    }
    long[] sorted = Arrays.copyOf(nanos, count);
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100 * count);
    return sorted[Math.max(0, Math.min(count, rank) - 1)] / 1e6;
  }
}
