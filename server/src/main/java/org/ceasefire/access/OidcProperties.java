package org.ceasefire.access;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Single sign-on with the agency's OpenID Connect provider (registered under the Spring
 * registration id {@code agency}: {@code spring.security.oauth2.client.registration.agency.*}).
 *
 * @param site the code of the site its users sign into
 * @param name the provider's name on the sign-in button
 * @param groupsClaim the ID-token claim listing the user's groups
 * @param roles provider group → Ceasefire role code; a user whose groups map to no role is refused
 * @param mfaMethods {@code amr} values that show a second factor; a token without one is refused
 */
@ConfigurationProperties("ceasefire.oidc")
public record OidcProperties(
    @Nullable String site,
    @Nullable String name,
    @Nullable String groupsClaim,
    @Nullable Map<String, String> roles,
    @Nullable List<String> mfaMethods) {

  public OidcProperties {
    name = name == null || name.isBlank() ? "your agency" : name;
    groupsClaim = groupsClaim == null || groupsClaim.isBlank() ? "groups" : groupsClaim;
    roles = roles == null ? Map.of() : Map.copyOf(roles);
    mfaMethods = mfaMethods == null ? List.of("mfa", "otp", "hwk", "swk") : List.copyOf(mfaMethods);
  }
}
