package org.ceasefire.access;

/** A request for a compartment the caller's role does not grant. Answered with 403. */
public final class AccessDeniedException extends RuntimeException {

  private final Compartment compartment;
  private final Action action;

  public AccessDeniedException(Compartment compartment, Action action) {
    super("Your role may not " + action.name().toLowerCase() + " " + compartment + " records");
    this.compartment = compartment;
    this.action = action;
  }

  public Compartment compartment() {
    return compartment;
  }

  public Action action() {
    return action;
  }
}
