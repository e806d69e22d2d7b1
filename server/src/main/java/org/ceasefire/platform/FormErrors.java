package org.ceasefire.platform;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.ModelAndView;

/**
 * A validation failure as a page shows it: one message per field, next to the field, on the form
 * shown again with status 422.
 */
public final class FormErrors {

  private FormErrors() {}

  /** The form page shown again, with status 422, after a refused submission. */
  public static ModelAndView rejected(String view) {
    ModelAndView page = new ModelAndView(view);
    page.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
    return page;
  }

  public static Map<String, String> of(ValidationException e) {
    Map<String, String> errors = new LinkedHashMap<>();
    for (ValidationException.FieldProblem p : e.problems()) {
      errors.merge(p.field(), p.message(), (a, b) -> a + "; " + b);
    }
    return errors;
  }
}
