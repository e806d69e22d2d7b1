package org.ceasefire.analytics.network;

import java.util.Arrays;

/** An indexed binary min-heap of nodes keyed by distance, with decrease-key, for Dijkstra. */
final class MinHeap {

  private final int[] heap;
  private final int[] pos;
  private final double[] key;
  private int size;

  MinHeap(int n) {
    heap = new int[n];
    pos = new int[n];
    key = new double[n];
    Arrays.fill(pos, -1);
  }

  boolean isEmpty() {
    return size == 0;
  }

  /** Inserts the node or lowers its key. */
  void push(int node, double k) {
    if (pos[node] < 0) {
      heap[size] = node;
      pos[node] = size;
      size++;
    }
    key[node] = k;
    up(pos[node]);
  }

  int pop() {
    int top = heap[0];
    pos[top] = -1;
    size--;
    if (size > 0) {
      heap[0] = heap[size];
      pos[heap[0]] = 0;
      down(0);
    }
    return top;
  }

  private void up(int i) {
    int node = heap[i];
    while (i > 0) {
      int p = (i - 1) >>> 1;
      if (key[heap[p]] <= key[node]) {
        break;
      }
      heap[i] = heap[p];
      pos[heap[i]] = i;
      i = p;
    }
    heap[i] = node;
    pos[node] = i;
  }

  private void down(int i) {
    int node = heap[i];
    while (true) {
      int c = 2 * i + 1;
      if (c >= size) {
        break;
      }
      if (c + 1 < size && key[heap[c + 1]] < key[heap[c]]) {
        c++;
      }
      if (key[heap[c]] >= key[node]) {
        break;
      }
      heap[i] = heap[c];
      pos[heap[i]] = i;
      i = c;
    }
    heap[i] = node;
    pos[node] = i;
  }
}
