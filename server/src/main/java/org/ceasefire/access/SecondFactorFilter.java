package org.ceasefire.access;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.ceasefire.access.SecondFactors.Verdict;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * Holds a user who passed only the password ({@link SecondFactorPending}) at the second-factor
 * step. On {@code /api/**} the code must come with the request in the {@value #HEADER} header: with
 * a right one the request goes on fully signed in (for this request only), otherwise it is answered
 * 401 with problem details saying why. Elsewhere only the second-factor pages, sign-out and static
 * files are reachable; everything else redirects to {@code /mfa}.
 *
 * <p>Not a bean, so Spring Boot does not also register it as a servlet filter outside the security
 * chain.
 */
final class SecondFactorFilter extends OncePerRequestFilter {

  static final String HEADER = "X-Ceasefire-OTP";

  private static final List<PathPattern> OPEN =
      List.of(
              "/mfa",
              "/mfa/**",
              "/logout",
              "/login",
              "/error",
              "/css/**",
              "/js/**",
              "/img/**",
              "/webjars/**",
              "/favicon.ico",
              "/api/docs",
              "/api/docs/**",
              "/actuator/health",
              "/actuator/health/**")
          .stream()
          .map(PathPatternParser.defaultInstance::parse)
          .toList();

  private final SecondFactors secondFactors;
  private final SecurityContextHolderStrategy holder =
      SecurityContextHolder.getContextHolderStrategy();

  SecondFactorFilter(SecondFactors secondFactors) {
    this.secondFactors = secondFactors;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (!(holder.getContext().getAuthentication() instanceof SecondFactorPending pending)) {
      chain.doFilter(request, response);
      return;
    }
    String path = request.getRequestURI().substring(request.getContextPath().length());
    var container = org.springframework.http.server.PathContainer.parsePath(path);
    if (OPEN.stream().anyMatch(p -> p.matches(container))) {
      chain.doFilter(request, response);
      return;
    }
    if (!path.startsWith("/api/")) {
      response.sendRedirect(request.getContextPath() + "/mfa");
      return;
    }
    String client = PasswordAuthentication.clientAddress(pending.getDetails());
    Verdict verdict = secondFactors.verifyApi(pending.user(), request.getHeader(HEADER), client);
    if (verdict != Verdict.PASSED) {
      refuse(response, verdict);
      return;
    }
    SecurityContext context = holder.createEmptyContext();
    context.setAuthentication(SignIn.complete(pending));
    holder.setContext(context); // this request only: API clients send both factors every time
    chain.doFilter(request, response);
  }

  private static void refuse(HttpServletResponse response, Verdict verdict) throws IOException {
    String detail =
        switch (verdict) {
          case NOT_ENROLLED ->
              "This account has no second factor yet, so it cannot use the API: sign in once on"
                  + " the web to enrol an authenticator app, then send its current code in the "
                  + HEADER
                  + " header.";
          case MISSING ->
              "Send the current code of your authenticator app in the " + HEADER + " header.";
          case LOCKED -> "The account is locked after repeated failed sign-ins; try again later.";
          default -> "The code in the " + HEADER + " header is wrong or expired.";
        };
    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    response
        .getWriter()
        .write(
            "{\"type\":\"about:blank\",\"title\":\"Second factor required\",\"status\":401,"
                + "\"detail\":\""
                + detail.replace("\"", "\\\"")
                + "\",\"reason\":\""
                + verdict.name().toLowerCase(java.util.Locale.ROOT)
                + "\"}");
  }
}
