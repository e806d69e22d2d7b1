package org.ceasefire.access;

import org.ceasefire.platform.SiteScope;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Finds the user signing in. */
@Service
class LoginService implements UserDetailsService {

  private final UserRepository users;
  private final SiteScope scope;

  LoginService(UserRepository users, SiteScope scope) {
    this.users = users;
    this.scope = scope;
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    // the site is not known before sign-in: look the user up across sites
    String name = username.trim().toLowerCase(java.util.Locale.ROOT);
    return scope
        .system(() -> users.findByUsername(name))
        .orElseThrow(() -> new UsernameNotFoundException("no such user"));
  }
}
