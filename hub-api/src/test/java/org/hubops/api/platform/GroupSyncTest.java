package org.hubops.api.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class GroupSyncTest {

  @Test
  void writersAnsweredTogetherShareSyncsAndEachWaitsForOneBegunAfterIt() throws Exception {
    AtomicLong clock = new AtomicLong();
    List<long[]> syncs = new ArrayList<>(); // begin and end tick of each sync
    GroupSync sync =
        new GroupSync(
            () -> {
              long begin = clock.incrementAndGet();
              sleep(30);
              synchronized (syncs) {
                syncs.add(new long[] {begin, clock.incrementAndGet()});
              }
            });
    int writers = 16;
    CountDownLatch go = new CountDownLatch(1);
    ConcurrentLinkedQueue<long[]> calls = new ConcurrentLinkedQueue<>(); // call and return tick
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < writers; i++) {
      Thread t =
          new Thread(
              () -> {
                await(go);
                long called = clock.incrementAndGet();
                sync.await();
                calls.add(new long[] {called, clock.incrementAndGet()});
              });
      t.start();
      threads.add(t);
    }
    go.countDown();
    for (Thread t : threads) {
      t.join();
    }

    assertThat(calls).hasSize(writers);
    assertThat(syncs.size()).isLessThan(writers);
    for (long[] call : calls) {
      // Some sync began after the call and ended before it returned.
      assertThat(syncs).anySatisfy(s -> assertThat(s[0] > call[0] && s[1] < call[1]).isTrue());
    }
  }

  @Test
  void aFailedSyncIsNotTakenForDone() {
    AtomicInteger attempts = new AtomicInteger();
    GroupSync sync =
        new GroupSync(
            () -> {
              if (attempts.incrementAndGet() == 1) {
                throw new IllegalStateException("disk full");
              }
            });

    assertThatThrownBy(sync::await).hasMessage("disk full");
    sync.await();

    assertThat(attempts).hasValue(2);
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await();
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }
}
