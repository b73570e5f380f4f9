package org.hubops.api.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * Runs {@code clients} tasks on as many threads, all let go at the same moment, and hands back
 * their results in client order. A task still running after a minute fails the race: in a test that
 * is a deadlock, not a slow machine.
 */
public final class Race {

  private Race() {}

  /** What one client got, and how long it waited for it. */
  public record Timed<T>(T result, long millis) {}

  public static <T> List<Timed<T>> run(int clients, IntFunction<T> task) {
    ExecutorService threads = Executors.newFixedThreadPool(clients);
    CountDownLatch ready = new CountDownLatch(clients);
    CountDownLatch go = new CountDownLatch(1);
    try {
      List<Future<Timed<T>>> futures = new ArrayList<>();
      for (int i = 0; i < clients; i++) {
        int client = i;
        futures.add(
            threads.submit(
                () -> {
                  ready.countDown();
                  go.await();
                  long start = System.nanoTime();
                  T result = task.apply(client);
                  return new Timed<>(result, (System.nanoTime() - start) / 1_000_000);
                }));
      }
      ready.await();
      go.countDown();
      List<Timed<T>> results = new ArrayList<>();
      for (Future<Timed<T>> future : futures) {
        results.add(future.get(60, TimeUnit.SECONDS));
      }
      return results;
    } catch (Exception e) {
      throw new IllegalStateException("A racing client failed or hung", e);
    } finally {
      threads.shutdownNow();
    }
  }
}
