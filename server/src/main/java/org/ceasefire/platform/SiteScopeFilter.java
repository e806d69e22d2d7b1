package org.ceasefire.platform;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Scopes a web request's database work to the signed-in user's site (after Spring Security has
 * found the user). A request without a signed-in user gets no site: it sees no tenant rows.
 */
final class SiteScopeFilter extends OncePerRequestFilter {

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    SiteScope.enter(
        auth != null && auth.getPrincipal() instanceof SiteMember m ? m.siteScope() : "");
    try {
      chain.doFilter(request, response);
    } finally {
      SiteScope.clear();
    }
  }
}
