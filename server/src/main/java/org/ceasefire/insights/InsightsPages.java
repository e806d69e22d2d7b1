package org.ceasefire.insights;

import org.ceasefire.access.AccessPolicy;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Compartment;
import org.ceasefire.access.Guarded;
import org.ceasefire.places.Places;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** The insights pages: the hot-spot map (its layers follow the viewer's compartments). */
@Controller
class InsightsPages {

  private final MapFilters filters;
  private final Places places;
  private final GroupAudit groupAudit;
  private final PeopleNetworks networks;
  private final Rhythms rhythms;
  private final String tileUrl;
  private final AccessPolicy policy;

  InsightsPages(
      MapFilters filters,
      Places places,
      AccessPolicy policy,
      GroupAudit groupAudit,
      PeopleNetworks networks,
      Rhythms rhythms,
      @Value("${ceasefire.map.tile-url:}") String tileUrl) {
    this.filters = filters;
    this.places = places;
    this.policy = policy;
    this.groupAudit = groupAudit;
    this.networks = networks;
    this.rhythms = rhythms;
    this.tileUrl = tileUrl;
  }

  @GetMapping("/insights/map")
  @Guarded(Compartment.AGGREGATE)
  String map(
      @AuthenticationPrincipal CeasefireUser me,
      @RequestParam(required = false) @Nullable String types,
      @RequestParam(required = false) @Nullable String from,
      @RequestParam(required = false) @Nullable String to,
      @RequestParam(required = false) @Nullable String city,
      Model model) {
    MapFilter filter = filters.read(me, types, from, to, city);
    model.addAttribute("filter", filter);
    model.addAttribute("cities", places.jurisdictions(me.siteId()));
    model.addAttribute("allTypes", MapFilter.TYPES);
    model.addAttribute("heatMap", rhythms.heatMap(me.siteId(), filter));
    model.addAttribute("weekdays", Rhythms.WEEKDAYS);
    model.addAttribute("trends", rhythms.trends(me.siteId(), filter));
    model.addAttribute("tileUrl", tileUrl);
    model.addAttribute("query", MapFilters.query(filter));
    model.addAttribute("investigative", policy.canRead(me.role(), Compartment.INVESTIGATIVE));
    return "insights/map";
  }

  @GetMapping("/insights/groups")
  @Guarded(Compartment.INTELLIGENCE)
  String groups(
      @AuthenticationPrincipal CeasefireUser me,
      @RequestParam(required = false) @Nullable String from,
      @RequestParam(required = false) @Nullable String to,
      Model model) {
    MapFilter period = filters.read(me, null, from, to, null);
    model.addAttribute("report", groupAudit.of(me, period));
    return "insights/groups";
  }

  @GetMapping("/insights/people/{id}")
  @Guarded(Compartment.INVESTIGATIVE)
  String person(@AuthenticationPrincipal CeasefireUser me, @PathVariable long id, Model model) {
    PersonNetwork network = networks.around(me, id);
    model.addAttribute("network", network);
    model.addAttribute("centre", network.nodes().get(0));
    return "insights/person";
  }

  @GetMapping("/insights/network")
  @Guarded(Compartment.INVESTIGATIVE)
  String network(
      @RequestParam(required = false) @Nullable String since,
      @RequestParam(required = false) @Nullable String limit,
      Model model) {
    CoOffendingNetworks.Query query = CoOffendingNetworks.Query.of(since, limit);
    model.addAttribute("query", query);
    return "insights/network";
  }
}
