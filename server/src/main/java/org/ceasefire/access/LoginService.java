package org.ceasefire.access;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;

/** Finds the user signing in. */
@Service
class LoginService implements UserDetailsService {

  private final UserRepository users;

  LoginService(UserRepository users) {
    this.users = users;
  }

  @Override
  public UserDetails loadUserByUsername(String username) {
    return users
        .findByUsername(username.trim().toLowerCase(java.util.Locale.ROOT))
        .orElseThrow(() -> new UsernameNotFoundException("no such user"));
  }
}
