package org.hubops.api.demo;

import java.util.Random;

/** Picks an index with the given relative weights, so the demo's shares look like real ones. */
final class Weights {

  private Weights() {}

  static int pick(Random random, int... weights) {
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
