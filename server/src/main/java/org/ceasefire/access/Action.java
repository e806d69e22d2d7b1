package org.ceasefire.access;

/** What a request does to a compartment. */
public enum Action {
  READ,
  WRITE
}
