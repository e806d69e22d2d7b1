package org.ceasefire.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Items with weights, drawn with probability proportional to weight in O(log n): how a few people
 * and places come to carry most of the violence.
 */
final class WeightedChoice<T> {

  private final List<T> items = new ArrayList<>();
  private double[] cumulative = new double[8];

  void add(T item, double weight) {
    if (!(weight > 0)) {
      throw new IllegalArgumentException("weight must be positive, not " + weight);
    }
    if (items.size() == cumulative.length) {
      cumulative = Arrays.copyOf(cumulative, cumulative.length * 2);
    }
    double before = items.isEmpty() ? 0 : cumulative[items.size() - 1];
    cumulative[items.size()] = before + weight;
    items.add(item);
  }

  boolean isEmpty() {
    return items.isEmpty();
  }

  List<T> items() {
    return List.copyOf(items);
  }

  T draw(Sampling sampling) {
    if (items.isEmpty()) {
      throw new IllegalStateException("nothing to draw from");
    }
    double target = sampling.uniform(0, cumulative[items.size() - 1]);
    int index = Arrays.binarySearch(cumulative, 0, items.size(), target);
    int at = index >= 0 ? index + 1 : -index - 1;
    return items.get(Math.min(at, items.size() - 1));
  }
}
