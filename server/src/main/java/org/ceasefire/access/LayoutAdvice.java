package org.ceasefire.access;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What every page's layout needs: the signed-in user, their site, the navigation their role may
 * use, and which compartments they may read ({@code can['INTELLIGENCE']}) or write ({@code
 * mayWrite['IDENTITY']}), so a page never shows a link or section the policy would refuse.
 */
@ControllerAdvice(annotations = Controller.class)
class LayoutAdvice {

  /** A link in the navigation bar. */
  record NavItem(String label, String href, Compartment compartment, Action action) {
    NavItem(String label, String href, Compartment compartment) {
      this(label, href, compartment, Action.READ);
    }
  }

  private static final List<NavItem> NAV =
      List.of(
          new NavItem("People", "/people", Compartment.IDENTITY),
          new NavItem("Groups", "/groups", Compartment.INTELLIGENCE),
          new NavItem("Incidents", "/incidents", Compartment.INVESTIGATIVE),
          new NavItem("Shooting review", "/reviews", Compartment.INVESTIGATIVE),
          new NavItem("Map", "/insights/map", Compartment.AGGREGATE),
          new NavItem("Group audit", "/insights/groups", Compartment.INTELLIGENCE),
          new NavItem("Measures", "/measures", Compartment.AGGREGATE),
          new NavItem("Evaluation", "/evaluation", Compartment.AGGREGATE),
          new NavItem("Cases", "/cases", Compartment.PROSECUTION),
          new NavItem("Interventions", "/interventions", Compartment.INTERVENTION),
          new NavItem("Intelligence", "/intelligence", Compartment.INTELLIGENCE, Action.WRITE),
          new NavItem("Imports", "/imports", Compartment.INVESTIGATIVE, Action.WRITE),
          new NavItem("Reentry", "/reentry", Compartment.SUPERVISION),
          new NavItem("Caseload", "/outreach", Compartment.OUTREACH),
          new NavItem("Audit", "/audit", Compartment.AUDIT),
          new NavItem("Compliance", "/intelligence/report", Compartment.AUDIT),
          new NavItem("Users", "/admin/users", Compartment.ADMINISTRATION),
          new NavItem("Inbox", "/inbox", Compartment.ACCOUNT));

  private final AccessPolicy policy;
  private final Sites sites;

  LayoutAdvice(AccessPolicy policy, Sites sites) {
    this.policy = policy;
    this.sites = sites;
  }

  @ModelAttribute("currentPath")
  String currentPath(jakarta.servlet.http.HttpServletRequest request) {
    return request.getRequestURI();
  }

  @ModelAttribute("me")
  @Nullable CeasefireUser me(@AuthenticationPrincipal @Nullable CeasefireUser user) {
    return user;
  }

  @ModelAttribute("site")
  @Nullable Site site(@AuthenticationPrincipal @Nullable CeasefireUser user) {
    return user == null ? null : sites.site(user.siteId());
  }

  @ModelAttribute("nav")
  List<NavItem> nav(@AuthenticationPrincipal @Nullable CeasefireUser user) {
    List<NavItem> items = new ArrayList<>();
    for (NavItem item : NAV) {
      boolean inbox = item.href().equals("/inbox");
      if (user != null
          && policy.permits(user.role(), item.compartment(), item.action())
          && (!inbox || policy.seesStatusOfReferredCases(user.role()))) {
        items.add(item);
      }
    }
    return items;
  }

  @ModelAttribute("can")
  Map<Compartment, Boolean> can(@AuthenticationPrincipal @Nullable CeasefireUser user) {
    Map<Compartment, Boolean> can = new EnumMap<>(Compartment.class);
    for (Compartment c : Compartment.values()) {
      can.put(c, policy.canRead(user == null ? null : user.role(), c));
    }
    return can;
  }

  @ModelAttribute("mayWrite")
  Map<Compartment, Boolean> mayWrite(@AuthenticationPrincipal @Nullable CeasefireUser user) {
    Map<Compartment, Boolean> may = new EnumMap<>(Compartment.class);
    for (Compartment c : Compartment.values()) {
      may.put(c, policy.canWrite(user == null ? null : user.role(), c));
    }
    return may;
  }
}
