package org.hubops.api.demo;

import java.util.random.RandomGenerator;

/**
 * Picks an index with the given relative weights, so generated shares look like real ones. Shared
 * by the demo and hub-bench's national generator: both draw from a seeded generator ({@code
 * Random}, {@code SplittableRandom}), so the same seed gives the same picks.
 */
public final class Weights {

  private Weights() {}

  /** An index of {@code weights}, each as likely as its share of their sum. */
  public static int pick(RandomGenerator random, int... weights) {
    int total = 0;
    for (int weight : weights) {
      total += weight;
    }
    int roll = random.nextInt(total);
    for (int i = 0; i < weights.length; i++) {
      roll -= weights[i];
      if (roll < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }
}
