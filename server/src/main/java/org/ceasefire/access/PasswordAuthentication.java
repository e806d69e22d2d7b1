package org.ceasefire.access;

import java.util.Locale;
import org.ceasefire.platform.SiteScope;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * The first factor, for the sign-in form and for HTTP Basic on the API alike: checks the lock, then
 * the password, and answers with {@link SecondFactorPending}, never with a full sign-in. Unknown
 * usernames take as long as known ones (a BCrypt comparison either way) and fail the same way.
 */
@Component
class PasswordAuthentication implements AuthenticationProvider {

  private final UserRepository users;
  private final PasswordEncoder passwords;
  private final SignInAttempts attempts;
  private final SiteScope scope;
  private final String dummyHash;

  PasswordAuthentication(
      UserRepository users, PasswordEncoder passwords, SignInAttempts attempts, SiteScope scope) {
    this.users = users;
    this.passwords = passwords;
    this.attempts = attempts;
    this.scope = scope;
    this.dummyHash = passwords.encode("no user has this password; it only costs time");
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String username = authentication.getName().trim().toLowerCase(Locale.ROOT);
    String password = String.valueOf(authentication.getCredentials());
    String client = clientAddress(authentication.getDetails());
    // the site is not known before sign-in: look the user up across sites
    CeasefireUser user =
        scope.system(() -> users.findByUsername(username, attempts.now())).orElse(null);
    if (user == null) {
      passwords.matches(password, dummyHash);
      attempts.unknownUser(username, client);
      throw new BadCredentialsException("Wrong username or password");
    }
    return scope.call(user.siteId(), () -> check(user, password, client, authentication));
  }

  /** The password and the lock of a known user, within the user's site. */
  private Authentication check(
      CeasefireUser user, String password, String client, Authentication authentication) {
    if (user.locked()) {
      attempts.refusedWhileLocked(user, client);
      throw new LockedException("The account is locked after repeated failed sign-ins");
    }
    if (!passwords.matches(password, user.passwordHash())) {
      attempts.failed(user, client);
      throw new BadCredentialsException("Wrong username or password");
    }
    if (!user.enabled()) {
      attempts.failed(user, client);
      throw new DisabledException("The account is disabled");
    }
    return new SecondFactorPending(user, authentication.getDetails());
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }

  static String clientAddress(@Nullable Object details) {
    return details instanceof WebAuthenticationDetails web && web.getRemoteAddress() != null
        ? web.getRemoteAddress()
        : "unknown";
  }
}
