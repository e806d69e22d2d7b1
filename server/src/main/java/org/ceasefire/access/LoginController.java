package org.ceasefire.access;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sign-in page (the form is processed by Spring Security), with the agency's single sign-on
 * when a provider is configured.
 */
@Controller
class LoginController {

  private final ObjectProvider<ClientRegistrationRepository> providers;
  private final OidcProperties oidc;

  LoginController(ObjectProvider<ClientRegistrationRepository> providers, OidcProperties oidc) {
    this.providers = providers;
    this.oidc = oidc;
  }

  @GetMapping("/login")
  @Guarded(Compartment.PUBLIC)
  String login(Model model) {
    if (providers.getIfAvailable() != null) {
      model.addAttribute("sso", oidc.name());
    }
    return "login";
  }
}
