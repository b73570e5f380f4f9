package org.hubops.api.platform;

/**
 * Forces committed writes to disk for many requests at once: a caller returns once a sync that
 * began after its call has finished, and callers that arrive while one sync runs share the next
 * one. So N writers answered together cost two syncs, not N, and none is answered before its commit
 * is on disk (the group commit of databases, for H2's {@code CHECKPOINT SYNC}).
 */
final class GroupSync {

  private final Runnable sync;
  private long started;
  private long finished;
  private boolean running;

  GroupSync(Runnable sync) {
    this.sync = sync;
  }

  /** Returns once everything committed before this call is on disk; throws if a sync fails. */
  void await() {
    long needed;
    synchronized (this) {
      // The next sync to start begins after this call, so it covers what was committed before.
      needed = started + 1;
    }
    while (true) {
      long number;
      synchronized (this) {
        while (running && finished < needed) {
          try {
            wait();
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the disk", e);
          }
        }
        if (finished >= needed) {
          return;
        }
        running = true;
        number = ++started;
      }
      boolean synced = false;
      try {
        sync.run();
        synced = true;
      } finally {
        synchronized (this) {
          running = false;
          if (synced) {
            finished = number;
          }
          notifyAll();
        }
      }
    }
  }
}
