package org.ceasefire.access;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.AbstractAuthenticationToken;

/**
 * A user whose password was right but who has not yet passed the second factor. Carries no
 * authority: {@link SecondFactorFilter} lets it reach only the second-factor pages (and sign-out),
 * and {@link AccessInterceptor} sees no role in it.
 */
final class SecondFactorPending extends AbstractAuthenticationToken {

  private final CeasefireUser user;

  SecondFactorPending(CeasefireUser user, @Nullable Object details) {
    super(List.of());
    this.user = user;
    setDetails(details);
    super.setAuthenticated(true);
  }

  CeasefireUser user() {
    return user;
  }

  @Override
  public @Nullable Object getCredentials() {
    return null;
  }

  @Override
  public Object getPrincipal() {
    return user;
  }

  @Override
  public void setAuthenticated(boolean authenticated) {
    if (authenticated) {
      throw new IllegalArgumentException("only a second factor completes a sign-in");
    }
    super.setAuthenticated(false);
  }
}
