package org.ceasefire.platform;

import java.util.List;
import java.util.function.Function;

/** One page of a list: items, the page number (from 0), the page size and the total count. */
public record PageOf<T>(List<T> items, int page, int size, long total) {

  public static final int MAX_SIZE = 200;

  public PageOf {
    items = List.copyOf(items);
    if (page < 0 || size < 1) {
      throw new IllegalArgumentException("page must be >= 0 and size >= 1");
    }
  }

  public int pages() {
    return (int) Math.max(1, (total + size - 1) / size);
  }

  public boolean hasNext() {
    return page + 1 < pages();
  }

  public boolean hasPrevious() {
    return page > 0;
  }

  public <R> PageOf<R> map(Function<T, R> f) {
    return new PageOf<>(items.stream().map(f).toList(), page, size, total);
  }

  /** A page size the caller asked for, clamped to 1..{@link #MAX_SIZE}. */
  public static int clampSize(int size) {
    return Math.max(1, Math.min(MAX_SIZE, size));
  }
}
