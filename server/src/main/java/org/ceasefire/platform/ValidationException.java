package org.ceasefire.platform;

import java.util.List;

/**
 * Input the system refuses, with every problem named by field (and value), so the page can show
 * each next to its field and the API can list them. Nothing has been changed.
 */
public final class ValidationException extends RuntimeException {

  /** One problem: the field, what is wrong, and the value given (may be empty). */
  public record FieldProblem(String field, String message, String value) {
    public FieldProblem {
      if (field.isBlank() || message.isBlank()) {
        throw new IllegalArgumentException("a field problem needs a field and a message");
      }
    }
  }

  private final List<FieldProblem> problems;

  public ValidationException(List<FieldProblem> problems) {
    super(
        problems.stream()
            .map(p -> p.field() + ": " + p.message())
            .reduce((a, b) -> a + "; " + b)
            .orElse("invalid input"));
    this.problems = List.copyOf(problems);
  }

  public static ValidationException of(String field, String message, Object value) {
    return new ValidationException(
        List.of(new FieldProblem(field, message, value == null ? "" : String.valueOf(value))));
  }

  public List<FieldProblem> problems() {
    return problems;
  }
}
