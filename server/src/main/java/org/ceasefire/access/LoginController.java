package org.ceasefire.access;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page (the form is processed by Spring Security). */
@Controller
class LoginController {

  @GetMapping("/login")
  @Guarded(Compartment.PUBLIC)
  String login() {
    return "login";
  }
}
