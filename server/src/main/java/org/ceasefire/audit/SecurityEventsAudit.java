package org.ceasefire.audit;

import java.util.Optional;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Sites;
import org.ceasefire.platform.RequestDenied;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Writes the security events CJIS asks for: sign-in (success and failure), sign-out, and every
 * request the access policy refused.
 */
@Component
class SecurityEventsAudit {

  private final AuditTrail trail;
  private final Sites sites;

  SecurityEventsAudit(AuditTrail trail, Sites sites) {
    this.trail = trail;
    this.sites = sites;
  }

  @EventListener
  void signedIn(InteractiveAuthenticationSuccessEvent event) {
    user(event.getAuthentication())
        .ifPresent(
            u -> trail.write(AuditTrail.entry(u, AuditAction.LOGIN, null, null, null, null)));
  }

  @EventListener
  void signedOut(LogoutSuccessEvent event) {
    user(event.getAuthentication())
        .ifPresent(
            u -> trail.write(AuditTrail.entry(u, AuditAction.LOGOUT, null, null, null, null)));
  }

  @EventListener
  void signInFailed(AbstractAuthenticationFailureEvent event) {
    String username = event.getAuthentication().getName();
    Optional<CeasefireUser> known = sites.user(username);
    trail.write(
        new AuditEntry(
            known.map(CeasefireUser::siteId).orElse(null),
            known.map(CeasefireUser::id).orElse(null),
            username,
            known.map(u -> u.role().code()).orElse(null),
            known.map(CeasefireUser::agencyId).orElse(null),
            AuditAction.LOGIN_FAILED,
            null,
            null,
            null,
            AuditTrail.clientAddress(),
            "failed",
            event.getException().getClass().getSimpleName()));
  }

  @EventListener
  void denied(RequestDenied event) {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    user(auth)
        .ifPresent(
            u ->
                trail.write(
                    AuditTrail.entry(
                        u,
                        AuditAction.DENIED,
                        null,
                        null,
                        null,
                        event.method() + " " + event.path() + ": " + event.reason())));
  }

  private static Optional<CeasefireUser> user(@org.jspecify.annotations.Nullable Authentication a) {
    return a != null && a.getPrincipal() instanceof CeasefireUser u
        ? Optional.of(u)
        : Optional.empty();
  }
}
