package org.ceasefire.home;

import org.ceasefire.access.Compartment;
import org.ceasefire.access.Guarded;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page after sign-in. */
@Controller
class HomeController {

  @GetMapping("/")
  @Guarded(Compartment.AGGREGATE)
  String home() {
    return "home";
  }
}
