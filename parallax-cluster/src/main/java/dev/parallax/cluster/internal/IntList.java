package dev.parallax.cluster.internal;

import java.util.Arrays;

/** A growable list of ints without boxing. Not thread-safe. */
public final class IntList {
  private int[] values;
  private int size;

  public IntList() {
    this(4);
  }

  public IntList(int capacity) {
    values = new int[Math.max(1, capacity)];
  }

  public void add(int value) {
    if (size == values.length) {
      values = Arrays.copyOf(values, size + (size >> 1) + 1);
    }
    values[size++] = value;
  }

  public int get(int index) {
    if (index >= size) {
      throw new IndexOutOfBoundsException(index + " >= " + size);
    }
    return values[index];
  }

  public void set(int index, int value) {
    if (index >= size) {
      throw new IndexOutOfBoundsException(index + " >= " + size);
    }
    values[index] = value;
  }

  /** Whether the list holds {@code value} (a linear scan). */
  public boolean contains(int value) {
    for (int i = 0; i < size; i++) {
      if (values[i] == value) {
        return true;
      }
    }
    return false;
  }

  public int size() {
    return size;
  }

  public void clear() {
    size = 0;
  }
}
