package org.ceasefire.platform;

/** The record does not exist in the caller's site (or must not be shown to exist). 404. */
public final class NotFoundException extends RuntimeException {
  public NotFoundException(String what, long id) {
    super(what + " " + id + " not found");
  }
}
