package org.ceasefire.platform;

import java.util.List;
import java.util.function.Function;

/**
 * One page of a list: items, the page number (from 0), the page size and the total count. A list
 * that may be very long counts only up to a limit ({@link #COUNT_LIMIT}): then {@code totalCapped}
 * is true and there are more than {@code total} matches, reachable page by page up to the limit
 * (narrow the filter for the rest). Counting millions of rows on every page view costs more than
 * the page itself.
 */
public record PageOf<T>(List<T> items, int page, int size, long total, boolean totalCapped) {

  public static final int MAX_SIZE = 200;

  /** Lists that can run to millions of rows count this far (then say "more than"). */
  public static final long COUNT_LIMIT = 10_000;

  public PageOf(List<T> items, int page, int size, long total) {
    this(items, page, size, total, false);
  }

  /** A page of a list counted up to {@link #COUNT_LIMIT}: {@code counted} is at most limit + 1. */
  public static <T> PageOf<T> counted(List<T> items, int page, int size, long counted) {
    return counted > COUNT_LIMIT
        ? new PageOf<>(items, page, size, COUNT_LIMIT, true)
        : new PageOf<>(items, page, size, counted, false);
  }

  /**
   * A page whose count came with it ({@code counted} from the page's own statement, negative when
   * that statement had no row to carry it) or, when it did not, from {@code count}: not asked for
   * when a first page that is not full already holds every match.
   */
  public static <T> PageOf<T> counted(
      List<T> items, int page, int size, long counted, java.util.function.LongSupplier count) {
    long total =
        counted >= 0
            ? counted
            : page == 0 && items.size() < size ? items.size() : count.getAsLong();
    return counted(items, page, size, total);
  }

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
    return new PageOf<>(items.stream().map(f).toList(), page, size, total, totalCapped);
  }

  /** A page size the caller asked for, clamped to 1..{@link #MAX_SIZE}. */
  public static int clampSize(int size) {
    return Math.max(1, Math.min(MAX_SIZE, size));
  }
}
