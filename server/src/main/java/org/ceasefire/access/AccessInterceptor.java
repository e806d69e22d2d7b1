package org.ceasefire.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.ceasefire.platform.AccessDeniedException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Asks {@link AccessPolicy} before every Ceasefire handler runs, using the compartment the handler
 * declares with {@link Guarded}. A handler without a declaration is refused: deny by default.
 */
@Component
class AccessInterceptor implements HandlerInterceptor {

  private final AccessPolicy policy;

  AccessInterceptor(AccessPolicy policy) {
    this.policy = policy;
  }

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    if (!(handler instanceof HandlerMethod method)
        || !method.getBeanType().getPackageName().startsWith("org.ceasefire")) {
      return true; // framework handlers (error page, API description) are public by design
    }
    Guarded guarded = method.getMethodAnnotation(Guarded.class);
    if (guarded == null) {
      throw new AccessDeniedException("This endpoint declares no compartment, so it is refused");
    }
    if (SecurityContextHolder.getContext().getAuthentication() instanceof SecondFactorPending) {
      // Between password and second factor: the user's own account pages, nothing else (the
      // SecondFactorFilter already redirects; this holds even if a path slips past it).
      if (guarded.value() != Compartment.ACCOUNT && guarded.value() != Compartment.PUBLIC) {
        throw new AccessDeniedException("Finish signing in with your second factor first");
      }
      return true;
    }
    policy.check(currentRole(), guarded.value(), guarded.action());
    return true;
  }

  /** The role of a fully signed-in user; none for a visitor or a user without a second factor. */
  static @Nullable Role currentRole() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth != null
        && !(auth instanceof SecondFactorPending)
        && auth.getPrincipal() instanceof CeasefireUser user) {
      return user.role();
    }
    return null;
  }
}
