package org.hubops.api.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The compact stores an import keeps its rows in between reading them and checking them: numbers in
 * growable primitive arrays, and values that rows repeat (a trainer, a topic list, a participant)
 * once each, rows holding their index. A file of 150,000 rows then costs a few megabytes instead of
 * an object per cell.
 */
final class Facts {

  /** Marks a blank number. */
  static final long NONE = Long.MIN_VALUE;

  private Facts() {}

  /** A growable array of longs. */
  static final class Longs {

    private long[] values = new long[64];
    private int size;

    void add(long value) {
      if (size == values.length) {
        values = Arrays.copyOf(values, size * 2);
      }
      values[size++] = value;
    }

    long get(int index) {
      return values[index];
    }

    int size() {
      return size;
    }
  }

  /** Values stored once each, in the order first seen, and found by index; null is -1. */
  static final class Interned<T> {

    private final Map<T, Integer> index = new HashMap<>();
    private final List<T> values = new ArrayList<>();

    int index(T value) {
      if (value == null) {
        return -1;
      }
      return index.computeIfAbsent(
          value,
          v -> {
            values.add(v);
            return values.size() - 1;
          });
    }

    T get(long index) {
      return index < 0 ? null : values.get((int) index);
    }
  }

  /** The enum's ordinal, or -1 for null. */
  static long ordinal(Enum<?> value) {
    return value == null ? -1 : value.ordinal();
  }

  /** The constant of {@code type} at {@code ordinal}, or null for -1. */
  static <E extends Enum<E>> E constant(Class<E> type, long ordinal) {
    return ordinal < 0 ? null : type.getEnumConstants()[(int) ordinal];
  }
}
