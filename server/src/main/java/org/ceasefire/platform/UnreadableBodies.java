package org.ceasefire.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * A request body that cannot be read, answered with where it breaks. Ordered before Spring Boot's
 * problem-details handler, which would answer only "Failed to read request".
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UnreadableBodies {

  /** An unreadable body: where it breaks (line and column) or which field has the wrong value. */
  @ExceptionHandler(HttpMessageNotReadableException.class)
  Object unreadable(HttpMessageNotReadableException e, HttpServletRequest request) {
    String detail = "the request body is empty or not a JSON object";
    if (e.getCause() instanceof JsonText.NulInText nul) {
      detail = "field " + jsonPath(nul) + ": " + nul.getOriginalMessage();
    } else if (e.getCause() instanceof MismatchedInputException bad && !bad.getPath().isEmpty()) {
      detail = "field " + jsonPath(bad) + ": is not " + describe(bad.getTargetType());
    } else if (e.getCause() instanceof StreamReadException broken && broken.getLocation() != null) {
      detail =
          "the request body is not valid JSON at line "
              + broken.getLocation().getLineNr()
              + ", column "
              + broken.getLocation().getColumnNr();
    }
    return ErrorResponses.answer(
        request, HttpStatus.BAD_REQUEST, "Unreadable body", detail, Map.of());
  }

  private static String describe(@Nullable Class<?> type) {
    if (type == null) {
      return "a value of the right kind";
    } else if (CharSequence.class.isAssignableFrom(type) || type.isEnum()) {
      return "text";
    } else if (Number.class.isAssignableFrom(type)
        || (type.isPrimitive() && type != boolean.class)) {
      return "a number";
    } else if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    } else if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
      return "a date or time as text";
    } else if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "a list";
    }
    return "an object";
  }

  private static String jsonPath(JacksonException e) {
    StringBuilder path = new StringBuilder();
    for (JacksonException.Reference r : e.getPath()) {
      if (r.getPropertyName() != null) {
        path.append(path.isEmpty() ? "" : ".").append(r.getPropertyName());
      } else if (r.getIndex() >= 0) {
        path.append('[').append(r.getIndex()).append(']');
      }
    }
    return "'" + path + "'";
  }
}
