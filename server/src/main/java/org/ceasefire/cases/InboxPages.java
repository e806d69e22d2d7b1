package org.ceasefire.cases;

import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Compartment;
import org.ceasefire.access.Guarded;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The user's inbox: status changes of the cases their agency referred (status and dates only).
 * Every role reaches the page (ACCOUNT); what it lists is decided by the access policy.
 */
@Controller
class InboxPages {

  private final Cases cases;

  InboxPages(Cases cases) {
    this.cases = cases;
  }

  @GetMapping("/inbox")
  @Guarded(Compartment.ACCOUNT)
  String inbox(@AuthenticationPrincipal CeasefireUser me, Model model) {
    model.addAttribute("notices", cases.inbox(me));
    return "cases/inbox";
  }
}
