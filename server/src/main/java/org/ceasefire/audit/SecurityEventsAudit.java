package org.ceasefire.audit;

import java.util.Optional;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.SignInAttempted;
import org.ceasefire.access.Sites;
import org.ceasefire.access.UserAccountChanged;
import org.ceasefire.platform.RequestDenied;
import org.springframework.context.event.EventListener;
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

  /** Every sign-in attempt, by form or API, with both factors: success, failure, or locked. */
  @EventListener
  void signInAttempted(SignInAttempted event) {
    Optional<CeasefireUser> known =
        event.userId() == null ? Optional.empty() : sites.user(event.username());
    boolean ok = event.outcome() == SignInAttempted.Outcome.SUCCESS;
    trail.write(
        new AuditEntry(
            event.siteId(),
            event.userId(),
            event.username(),
            known.map(u -> u.role().code()).orElse(null),
            known.map(CeasefireUser::agencyId).orElse(null),
            ok ? AuditAction.LOGIN : AuditAction.LOGIN_FAILED,
            null,
            null,
            null,
            event.clientAddress(),
            ok ? "ok" : event.outcome() == SignInAttempted.Outcome.LOCKED ? "denied" : "failed",
            ok ? null : event.outcome().name().toLowerCase(java.util.Locale.ROOT)));
  }

  @EventListener
  void signedOut(LogoutSuccessEvent event) {
    user(event.getAuthentication())
        .ifPresent(
            u -> trail.write(AuditTrail.entry(u, AuditAction.LOGOUT, null, null, null, null)));
  }

  /** A coordinator's change to an account (role grants are privileged actions: CJIS 5.4.1.1). */
  @EventListener
  void accountChanged(UserAccountChanged event) {
    AuditAction action = event.change().equals("create") ? AuditAction.CREATE : AuditAction.UPDATE;
    String detail = event.change() + (event.detail() == null ? "" : ": " + event.detail());
    trail.write(AuditTrail.entry(event.actor(), action, "user", event.userId(), null, detail));
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
