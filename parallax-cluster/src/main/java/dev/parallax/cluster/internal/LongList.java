package dev.parallax.cluster.internal;

import java.util.Arrays;

/** A growable list of longs without boxing. Not thread-safe. */
public final class LongList {
  private long[] values;
  private int size;

  public LongList() {
    this(4);
  }

  public LongList(int capacity) {
    values = new long[Math.max(1, capacity)];
  }

  public void add(long value) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size + (size >> 1) + 1);
    }
    values[size++] = value;
  }

  public long get(int index) {
    if (index >= size) {
      throw new IndexOutOfBoundsException(index + " >= " + size);
    }
    return values[index];
  }

  public void set(int index, long value) {
    if (index >= size) {
      throw new IndexOutOfBoundsException(index + " >= " + size);
    }
    values[index] = value;
  }

  public int size() {
    return size;
  }

  public void clear() {
    size = 0;
  }
}
