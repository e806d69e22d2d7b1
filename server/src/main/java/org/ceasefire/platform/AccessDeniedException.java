package org.ceasefire.platform;

/**
 * A request the access policy refuses: answered with 403 problem details (or the error page), and
 * nothing is changed.
 */
public final class AccessDeniedException extends RuntimeException {

  public AccessDeniedException(String message) {
    super(message);
  }
}
