package org.ceasefire.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Turns exceptions into answers: RFC 9457 problem details under {@code /api}, an error page
 * elsewhere. Never a stack trace; an unexpected error carries a correlation id that is in the log.
 */
@ControllerAdvice
class ErrorResponses {

  private static final Logger log = LoggerFactory.getLogger(ErrorResponses.class);
  private final ApplicationEventPublisher events;

  ErrorResponses(ApplicationEventPublisher events) {
    this.events = events;
  }

  @ExceptionHandler(AccessDeniedException.class)
  Object denied(AccessDeniedException e, HttpServletRequest request) {
    events.publishEvent(new RequestDenied(request.getMethod(), path(request), e.getMessage()));
    return answer(request, HttpStatus.FORBIDDEN, "Access denied", e.getMessage(), Map.of());
  }

  @ExceptionHandler(NotFoundException.class)
  Object notFound(NotFoundException e, HttpServletRequest request) {
    return answer(request, HttpStatus.NOT_FOUND, "Not found", e.getMessage(), Map.of());
  }

  @ExceptionHandler(StaleRecordException.class)
  Object stale(StaleRecordException e, HttpServletRequest request) {
    return answer(
        request,
        HttpStatus.CONFLICT,
        "Changed by someone else",
        e.getMessage(),
        Map.of("currentVersion", e.currentVersion()));
  }

  @ExceptionHandler(ValidationException.class)
  Object invalid(ValidationException e, HttpServletRequest request) {
    return answer(
        request,
        HttpStatus.UNPROCESSABLE_CONTENT,
        "Invalid input",
        e.getMessage(),
        Map.of("errors", e.problems()));
  }

  @ExceptionHandler(MethodArgumentNotValidException.class)
  Object invalidBody(MethodArgumentNotValidException e, HttpServletRequest request) {
    List<ValidationException.FieldProblem> problems =
        e.getBindingResult().getFieldErrors().stream()
            .map(
                f ->
                    new ValidationException.FieldProblem(
                        f.getField(),
                        f.getDefaultMessage() == null ? "is invalid" : f.getDefaultMessage(),
                        String.valueOf(f.getRejectedValue())))
            .toList();
    return invalid(new ValidationException(problems), request);
  }

  @ExceptionHandler(BadParameterException.class)
  Object badParameter(BadParameterException e, HttpServletRequest request) {
    return answer(
        request,
        HttpStatus.BAD_REQUEST,
        "Bad parameter",
        e.getMessage(),
        Map.of("parameter", e.parameter()));
  }

  @ExceptionHandler(Exception.class)
  Object unexpected(Exception e, HttpServletRequest request) throws Exception {
    if (e instanceof ErrorResponse spring) {
      HttpStatusCode status = spring.getStatusCode();
      String detail = spring.getBody().getDetail();
      return answer(
          request, status, spring.getBody().getTitle(), detail == null ? "" : detail, Map.of());
    }
    if (e instanceof org.springframework.security.access.AccessDeniedException
        || e instanceof org.springframework.security.core.AuthenticationException) {
      throw e; // Spring Security's filters answer these (401 / login page, 403)
    }
    String correlation = UUID.randomUUID().toString();
    log.error("Unexpected error {} on {} {}", correlation, request.getMethod(), path(request), e);
    return answer(
        request,
        HttpStatus.INTERNAL_SERVER_ERROR,
        "Unexpected error",
        "Something went wrong on our side; nothing was changed. Reference: " + correlation,
        Map.of("correlationId", correlation));
  }

  static Object answer(
      HttpServletRequest request,
      HttpStatusCode status,
      String title,
      String detail,
      Map<String, Object> properties) {
    if (path(request).startsWith("/api/") || path(request).startsWith("/public/api/")) {
      ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
      problem.setTitle(title);
      problem.setInstance(URI.create(path(request)));
      properties.forEach(problem::setProperty);
      return ResponseEntity.status(status)
          .contentType(MediaType.APPLICATION_PROBLEM_JSON)
          .body(problem);
    }
    ModelAndView page = new ModelAndView("error");
    page.setStatus(status);
    page.addObject("status", status.value());
    page.addObject("title", title);
    page.addObject("detail", detail);
    return page;
  }

  private static String path(HttpServletRequest request) {
    String uri = request.getRequestURI();
    String context = request.getContextPath();
    return uri.substring(context.length());
  }
}
