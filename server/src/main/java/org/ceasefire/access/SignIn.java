package org.ceasefire.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/** Completes a sign-in once the second factor passed. */
final class SignIn {

  private static final HttpSessionSecurityContextRepository SESSIONS =
      new HttpSessionSecurityContextRepository();

  /** The full sign-in: the user with their role. */
  static Authentication complete(SecondFactorPending pending) {
    CeasefireUser user = pending.user();
    UsernamePasswordAuthenticationToken full =
        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    full.setDetails(pending.getDetails());
    return full;
  }

  /**
   * Stores the full sign-in in the session, under a new session id: the privilege changed, so an id
   * seen before (session fixation) must not carry it.
   */
  static void completeInSession(
      SecondFactorPending pending, HttpServletRequest request, HttpServletResponse response) {
    store(complete(pending), request, response);
  }

  /** A sign-in completed elsewhere (the agency's provider showed a second factor). */
  static void completeInSession(
      CeasefireUser user,
      @org.jspecify.annotations.Nullable Object details,
      HttpServletRequest request,
      HttpServletResponse response) {
    UsernamePasswordAuthenticationToken full =
        UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    full.setDetails(details);
    store(full, request, response);
  }

  private static void store(
      Authentication full, HttpServletRequest request, HttpServletResponse response) {
    SecurityContext context = SecurityContextHolder.getContextHolderStrategy().createEmptyContext();
    context.setAuthentication(full);
    SecurityContextHolder.getContextHolderStrategy().setContext(context);
    request.changeSessionId();
    SESSIONS.saveContext(context, request, response);
  }

  private SignIn() {}
}
