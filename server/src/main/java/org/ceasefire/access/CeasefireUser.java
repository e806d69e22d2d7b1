package org.ceasefire.access;

import java.util.Collection;
import java.util.List;
import org.ceasefire.platform.SiteMember;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/** The signed-in user: who, which site, which role, which agency. */
public record CeasefireUser(
    long siteId,
    long id,
    String username,
    String displayName,
    Role role,
    long agencyId,
    String agencyName,
    String passwordHash,
    boolean enabled,
    boolean locked)
    implements UserDetails, SiteMember {

  @Override
  public Collection<? extends GrantedAuthority> getAuthorities() {
    return List.of(new SimpleGrantedAuthority("ROLE_" + role.name()));
  }

  @Override
  public String getPassword() {
    return passwordHash;
  }

  @Override
  public String getUsername() {
    return username;
  }

  @Override
  public boolean isAccountNonLocked() {
    return !locked;
  }

  @Override
  public boolean isEnabled() {
    return enabled;
  }

  @Override
  public String toString() {
    return "CeasefireUser[" + username + ", " + role + ", site " + siteId + "]";
  }
}
