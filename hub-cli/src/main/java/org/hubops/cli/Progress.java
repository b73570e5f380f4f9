package org.hubops.cli;

import java.io.PrintWriter;
import java.util.Iterator;
import java.util.function.LongConsumer;

/**
 * What a long command is doing, on standard error, only when a person is watching (a terminal):
 * piped into a script or a log, the command stays quiet.
 */
final class Progress {

  private static final int EVERY = 10_000;

  private final PrintWriter err;
  private final boolean shown;
  private final long started = System.nanoTime();

  Progress(PrintWriter err, boolean shown) {
    this.err = err;
    this.shown = shown;
  }

  /** Shown when the JVM has a console, i.e. standard input and output are a terminal. */
  static Progress onTerminal(PrintWriter err) {
    return new Progress(err, System.console() != null);
  }

  void step(String message) {
    if (shown) {
      err.printf("%s…%n", message);
      err.flush();
    }
  }

  /** Passes {@code items} through, counting them aloud every few thousand. */
  <T> Iterator<T> counting(Iterator<T> items, String what) {
    return new Iterator<>() {
      private long count;

      @Override
      public boolean hasNext() {
        boolean more = items.hasNext();
        if (!more && shown && count >= EVERY) {
          err.printf("\r  %s: %,d%n", what, count);
          err.flush();
        }
        return more;
      }

      @Override
      public T next() {
        T item = items.next();
        if (shown && ++count % EVERY == 0) {
          err.printf("\r  %s: %,d", what, count);
          err.flush();
        }
        return item;
      }
    };
  }

  /**
   * A counter of the bytes of an upload of {@code total} bytes, showing the share sent at most
   * every few percent and ending its line when all is sent.
   */
  LongConsumer sending(String what, String totalSize, long total) {
    if (!shown) {
      return bytes -> {};
    }
    return new LongConsumer() {
      private long sent;
      private long shownPercent = -1;

      @Override
      public void accept(long bytes) {
        sent += bytes;
        long percent = total <= 0 ? 100 : Math.min(100, sent * 100 / total);
        if (percent >= shownPercent + 5 || (percent == 100 && shownPercent < 100)) {
          shownPercent = percent;
          err.printf("\r  %s: %d%% / %s", what, percent, totalSize);
          if (percent == 100) {
            err.println();
          }
          err.flush();
        }
      }
    };
  }

  double seconds() {
    return (System.nanoTime() - started) / 1e9;
  }
}
