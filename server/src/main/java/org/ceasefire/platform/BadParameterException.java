package org.ceasefire.platform;

/** A request parameter the system cannot take at all (a 400), named; nothing has been changed. */
public final class BadParameterException extends RuntimeException {

  private final String parameter;

  public BadParameterException(String parameter, String reason) {
    super("parameter '" + parameter + "': " + reason);
    this.parameter = parameter;
  }

  public String parameter() {
    return parameter;
  }
}
