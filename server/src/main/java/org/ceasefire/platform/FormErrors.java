package org.ceasefire.platform;

import java.util.LinkedHashMap;
import java.util.Map;

/** A validation failure as a page shows it: one message per field, next to the field. */
public final class FormErrors {

  private FormErrors() {}

  public static Map<String, String> of(ValidationException e) {
    Map<String, String> errors = new LinkedHashMap<>();
    for (ValidationException.FieldProblem p : e.problems()) {
      errors.merge(p.field(), p.message(), (a, b) -> a + "; " + b);
    }
    return errors;
  }
}
