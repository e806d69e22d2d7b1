package org.ceasefire.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ceasefire.platform.SiteScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;

/**
 * Completes a sign-in through the agency's OpenID Connect provider: the provider must show a second
 * factor ({@code amr}), the user must already have an enabled account in the configured site (no
 * self-provisioning: the coordinator creates accounts), and the provider's groups must map to a
 * role — that role is the session's. Anything else is refused, published as a failed sign-in
 * attempt (audited), and sent back to the sign-in page.
 */
@Component
class OidcSignIn implements AuthenticationSuccessHandler {

  private final OidcProperties properties;
  private final UserRepository users;
  private final SiteScope scope;
  private final Sites sites;
  private final ApplicationEventPublisher events;
  private final java.time.Clock clock;

  OidcSignIn(
      OidcProperties properties,
      UserRepository users,
      SiteScope scope,
      Sites sites,
      ApplicationEventPublisher events,
      java.time.Clock clock) {
    this.properties = properties;
    this.users = users;
    this.scope = scope;
    this.sites = sites;
    this.events = events;
    this.clock = clock;
  }

  @Override
  public void onAuthenticationSuccess(
      HttpServletRequest request, HttpServletResponse response, Authentication authentication)
      throws IOException {
    OidcUser oidc = (OidcUser) authentication.getPrincipal();
    String username = Optional.ofNullable(oidc.getPreferredUsername()).orElse(oidc.getSubject());
    String client = request.getRemoteAddr();
    Optional<CeasefireUser> account = account(username.toLowerCase(Locale.ROOT));
    Optional<String> refusal = refusal(oidc, account);
    if (refusal.isPresent()) {
      SecurityContextHolder.clearContext();
      request.getSession().invalidate();
      events.publishEvent(
          new SignInAttempted(
              account.map(CeasefireUser::siteId).orElse(null),
              account.map(CeasefireUser::id).orElse(null),
              username,
              SignInAttempted.Outcome.FAILURE,
              client));
      response.sendRedirect(request.getContextPath() + "/login?sso=" + refusal.get());
      return;
    }
    CeasefireUser user = withRole(account.orElseThrow(), mappedRole(oidc).orElseThrow());
    SignIn.completeInSession(user, authentication.getDetails(), request, response);
    events.publishEvent(
        new SignInAttempted(
            user.siteId(), user.id(), user.username(), SignInAttempted.Outcome.SUCCESS, client));
    response.sendRedirect(request.getContextPath() + "/");
  }

  /** Why the sign-in is refused, if it is: a short code for the sign-in page and the audit. */
  private Optional<String> refusal(OidcUser oidc, Optional<CeasefireUser> account) {
    List<String> amr = Optional.ofNullable(oidc.getClaimAsStringList("amr")).orElse(List.of());
    if (amr.stream().noneMatch(properties.mfaMethods()::contains)) {
      return Optional.of("mfa_missing");
    }
    if (account.isEmpty()) {
      return Optional.of("unknown_user");
    }
    if (!account.get().enabled() || account.get().locked()) {
      return Optional.of("account_disabled");
    }
    if (mappedRole(oidc).isEmpty()) {
      return Optional.of("no_role");
    }
    return Optional.empty();
  }

  private Optional<CeasefireUser> account(String username) {
    Optional<Long> site =
        properties.site() == null ? Optional.empty() : sites.findSite(properties.site());
    return site.flatMap(
        id ->
            scope
                .system(() -> users.findByUsername(username, clock.instant()))
                .filter(u -> u.siteId() == id));
  }

  private Optional<Role> mappedRole(OidcUser oidc) {
    List<String> groups =
        Optional.ofNullable(oidc.getClaimAsStringList(properties.groupsClaim())).orElse(List.of());
    return groups.stream()
        .map(properties.roles()::get)
        .filter(java.util.Objects::nonNull)
        .map(Role::fromCode)
        .findFirst();
  }

  private static CeasefireUser withRole(CeasefireUser u, Role role) {
    return new CeasefireUser(
        u.siteId(),
        u.id(),
        u.username(),
        u.displayName(),
        role,
        u.agencyId(),
        u.agencyName(),
        u.passwordHash(),
        u.enabled(),
        u.locked());
  }
}
