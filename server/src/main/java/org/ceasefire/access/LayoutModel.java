package org.ceasefire.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiPredicate;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * What every page's layout needs: the signed-in user ({@code me}), their site, the navigation their
 * role may use, and which compartments they may read ({@code can['INTELLIGENCE']}) or write ({@code
 * mayWrite['IDENTITY']}), so a page never shows a link or section the policy would refuse.
 *
 * <p>Added after the handler, and only when a view is about to be rendered: an API answer or a
 * redirect needs none of it. (As {@code @ModelAttribute} methods of a controller advice they ran on
 * every request, API calls included, and cost a JSON request a sixth of its CPU.) What depends on
 * the role alone is worked out once per role.
 */
@Component
class LayoutModel implements HandlerInterceptor {

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
  private final Map<Role, List<NavItem>> navByRole = new ConcurrentHashMap<>();
  private final Map<Role, Map<Compartment, Boolean>> canByRole = new ConcurrentHashMap<>();
  private final Map<Role, Map<Compartment, Boolean>> mayWriteByRole = new ConcurrentHashMap<>();

  LayoutModel(AccessPolicy policy, Sites sites) {
    this.policy = policy;
    this.sites = sites;
  }

  @Override
  public void postHandle(
      HttpServletRequest request,
      HttpServletResponse response,
      Object handler,
      @Nullable ModelAndView page) {
    if (page == null
        || !page.hasView()
        || (page.getViewName() != null && page.getViewName().startsWith("redirect:"))) {
      return;
    }
    CeasefireUser user = signedIn();
    Role role = user == null ? null : user.role();
    Map<String, Object> model = page.getModel();
    model.putIfAbsent("currentPath", request.getRequestURI());
    model.putIfAbsent("me", user);
    model.putIfAbsent("site", user == null ? null : sites.site(user.siteId()));
    model.putIfAbsent("nav", role == null ? List.of() : navByRole.computeIfAbsent(role, this::nav));
    model.putIfAbsent("can", forRole(canByRole, role, policy::canRead));
    model.putIfAbsent("mayWrite", forRole(mayWriteByRole, role, policy::canWrite));
  }

  /** The user behind the request, as {@code @AuthenticationPrincipal} would give it, else null. */
  static @Nullable CeasefireUser signedIn() {
    Authentication a = SecurityContextHolder.getContext().getAuthentication();
    return a != null && a.getPrincipal() instanceof CeasefireUser user ? user : null;
  }

  private List<NavItem> nav(Role role) {
    List<NavItem> items = new ArrayList<>();
    for (NavItem item : NAV) {
      boolean inbox = item.href().equals("/inbox");
      if (policy.permits(role, item.compartment(), item.action())
          && (!inbox || policy.seesStatusOfReferredCases(role))) {
        items.add(item);
      }
    }
    return List.copyOf(items);
  }

  private static Map<Compartment, Boolean> forRole(
      Map<Role, Map<Compartment, Boolean>> cache,
      @Nullable Role role,
      BiPredicate<Role, Compartment> allowed) {
    if (role == null) {
      return all(null, allowed);
    }
    return cache.computeIfAbsent(role, r -> all(r, allowed));
  }

  private static Map<Compartment, Boolean> all(
      @Nullable Role role, BiPredicate<Role, Compartment> allowed) {
    Map<Compartment, Boolean> out = new EnumMap<>(Compartment.class);
    for (Compartment c : Compartment.values()) {
      out.put(c, allowed.test(role, c));
    }
    return Collections.unmodifiableMap(out);
  }
}
