package org.hubops.bench.national;

import java.util.SplittableRandom;
import java.util.UUID;
import org.hubops.api.demo.Weights;

/**
 * Deterministic draws. Every hub, and every session's attendee list, has its own random stream
 * derived from the seed, so any table can be generated again on its own pass and agree with the
 * others (a session's id in {@code attendee} is the one written to {@code session}).
 */
final class Draw {

  private final SplittableRandom random;

  private Draw(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** The stream {@code stream} of {@code owner}, from {@code seed}. */
  static Draw of(long seed, long owner, long stream) {
    return new Draw(mix(mix(seed) ^ owner) ^ stream * 0x632BE59BD9B4E019L);
  }

  int below(int bound) {
    return random.nextInt(bound);
  }

  int between(int from, int to) {
    return random.nextInt(from, to + 1);
  }

  boolean chance(double probability) {
    return random.nextDouble() < probability;
  }

  double gaussian() {
    return random.nextGaussian();
  }

  /** An index picked with the given relative weights. */
  int weighted(int... weights) {
    return Weights.pick(random, weights);
  }

  <T> T of(T[] values, int... weights) {
    return values[weighted(weights)];
  }

  <T> T any(T[] values) {
    return values[random.nextInt(values.length)];
  }

  /** A version-4 UUID, as the service makes, but reproducible. */
  UUID uuid() {
    long high = (random.nextLong() & ~0xF000L) | 0x4000L;
    long low = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
    return new UUID(high, low);
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xFF51AFD7ED558CCDL;
    z = (z ^ (z >>> 33)) * 0xC4CEB9FE1A85EC53L;
    return z ^ (z >>> 33);
  }
}
