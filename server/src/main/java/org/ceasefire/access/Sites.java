package org.ceasefire.access;

import java.util.List;
import java.util.Optional;
import org.ceasefire.platform.NotFoundException;
import org.ceasefire.platform.SiteScope;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Sites, their agencies and users: the public face of the access feature for other features. */
@Service
public class Sites {

  private final UserRepository repository;
  private final PasswordEncoder passwords;
  private final SiteScope scope;

  Sites(UserRepository repository, PasswordEncoder passwords, SiteScope scope) {
    this.repository = repository;
    this.passwords = passwords;
    this.scope = scope;
  }

  public Site site(long siteId) {
    return repository.site(siteId).orElseThrow(() -> new NotFoundException("site", siteId));
  }

  public Optional<Long> findSite(String code) {
    return repository.siteByCode(code);
  }

  @Transactional
  public long createSite(String code, String name, double lon, double lat, boolean synthetic) {
    return repository.insertSite(code, name, lon, lat, synthetic);
  }

  @Transactional
  public long createAgency(long siteId, String name, String type) {
    return scope.call(siteId, () -> repository.insertAgency(siteId, name, type));
  }

  /** Creates a user with the password hashed (BCrypt). */
  @Transactional
  public long createUser(
      long siteId, String username, String displayName, String password, Role role, long agencyId) {
    String hash = passwords.encode(password);
    return scope.call(
        siteId, () -> repository.insertUser(siteId, username, displayName, hash, role, agencyId));
  }

  /** The user with this username, if any (usernames are unique across sites). */
  public Optional<CeasefireUser> user(String username) {
    return scope.system(() -> repository.findByUsername(username));
  }

  public List<Agency> agencies(long siteId) {
    return scope.call(siteId, () -> repository.agencies(siteId));
  }
}
