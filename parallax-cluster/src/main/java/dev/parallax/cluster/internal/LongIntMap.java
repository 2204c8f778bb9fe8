package dev.parallax.cluster.internal;

import java.util.Arrays;

/**
 * An open-addressing hash map from long keys to int values (linear probing, load at most 1/2),
 * without boxing: about 24 bytes an entry. Not thread-safe.
 */
public final class LongIntMap {
  private static final int EMPTY = Integer.MIN_VALUE;

  private long[] keys;
  private int[] values;
  private int size;

  public LongIntMap() {
    keys = new long[16];
    values = new int[16];
    Arrays.fill(values, EMPTY);
  }

  /** The value of {@code key}, or {@code missing} when absent. */
  public int get(long key, int missing) {
    int mask = keys.length - 1;
    for (int i = slot(key, mask); ; i = (i + 1) & mask) {
      if (values[i] == EMPTY) {
        return missing;
      }
      if (keys[i] == key) {
        return values[i];
      }
    }
  }

  /** Sets {@code key} to {@code value}; {@code value} must not be {@code Integer.MIN_VALUE}. */
  public void put(long key, int value) {
    if (value == EMPTY) {
      throw new IllegalArgumentException("value must not be Integer.MIN_VALUE");
    }
    if (2 * (size + 1) > keys.length) {
      grow();
    }
    int mask = keys.length - 1;
    for (int i = slot(key, mask); ; i = (i + 1) & mask) {
      if (values[i] == EMPTY) {
        keys[i] = key;
        values[i] = value;
        size++;
        return;
      }
      if (keys[i] == key) {
        values[i] = value;
        return;
      }
    }
  }

  private void grow() {
    long[] oldKeys = keys;
    int[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new int[oldValues.length * 2];
    Arrays.fill(values, EMPTY);
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldValues[i] != EMPTY) {
        put(oldKeys[i], oldValues[i]);
      }
    }
  }

  private static int slot(long key, int mask) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h ^ (h >>> 32)) & mask;
  }
}
