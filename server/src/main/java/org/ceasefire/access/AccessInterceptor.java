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
    policy.check(currentRole(), guarded.value(), guarded.action());
    return true;
  }

  static @Nullable Role currentRole() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth != null && auth.getPrincipal() instanceof CeasefireUser user) {
      return user.role();
    }
    return null;
  }
}
