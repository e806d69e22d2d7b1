package org.ceasefire.testing;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Role;
import org.ceasefire.access.Sites;
import org.ceasefire.access.Totp;
import org.ceasefire.access.TotpSecret;

/**
 * Makes a fresh site with one user per role, so each test works in its own partnership. Every user
 * has {@link #PASSWORD} and is enrolled with the second-factor secret {@link #TOTP_SECRET}: {@link
 * #otp()} gives the code to send.
 */
public final class TestSites {

  public static final String PASSWORD = "ember quartz lantern 47";
  public static final TotpSecret TOTP_SECRET = new TotpSecret("TESTTESTTESTTESTTESTTESTTESTTEST");
  private static final AtomicInteger COUNTER = new AtomicInteger();

  /** A site and its users. */
  public record TestSite(long id, String code, long agencyId, Map<Role, CeasefireUser> users) {
    public CeasefireUser user(Role role) {
      return users.get(role);
    }
  }

  public static TestSite create(Sites sites) {
    String code = "t" + ProcessHandle.current().pid() + "-" + COUNTER.incrementAndGet();
    long site = sites.createSite(code, "Test site " + code, -72.9, 41.3, true);
    long agency = sites.createAgency(site, "Test agency", "local_police");
    Map<Role, CeasefireUser> users = new EnumMap<>(Role.class);
    for (Role role : Role.values()) {
      String username = (code + "-" + role.code()).replace('_', '-');
      long id = sites.createUser(site, username, role.label() + " " + code, PASSWORD, role, agency);
      sites.enrolKnownSecondFactor(site, id, TOTP_SECRET);
      users.put(
          role,
          new CeasefireUser(
              site, id, username, role.label(), role, agency, "Test agency", "", true, false));
    }
    return new TestSite(site, code, agency, users);
  }

  /** The current code for {@link #TOTP_SECRET} by the application's (test) clock. */
  public static String otp() {
    return otp(TestClock.INSTANCE);
  }

  public static String otp(Clock clock) {
    return Totp.code(TOTP_SECRET, clock.instant());
  }

  private TestSites() {}
}
