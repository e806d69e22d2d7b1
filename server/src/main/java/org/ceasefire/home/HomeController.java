package org.ceasefire.home;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Compartment;
import org.ceasefire.access.Guarded;
import org.ceasefire.incidents.Incidents;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The start page: the last 28 days of violence against the 28 days before (counts only, so every
 * role may see them), and the way into what the user's role can do.
 */
@Controller
class HomeController {

  /** One headline figure: this period, the previous one, and the change in percent. */
  record Trend(String type, long current, long previous) {
    public String change() {
      if (previous == 0) {
        return current == 0 ? "no change" : "new";
      }
      long pct = Math.round(100.0 * (current - previous) / previous);
      return (pct > 0 ? "+" : "") + pct + "%";
    }
  }

  private static final List<String> HEADLINE =
      List.of("homicide", "non_fatal_shooting", "shots_fired", "firearm_seizure");

  private final Incidents incidents;
  private final Clock clock;

  HomeController(Incidents incidents, Clock clock) {
    this.incidents = incidents;
    this.clock = clock;
  }

  @GetMapping("/")
  @Guarded(Compartment.AGGREGATE)
  String home(@AuthenticationPrincipal CeasefireUser me, Model model) {
    ZoneId zone = incidents.zone(me.siteId());
    OffsetDateTime end =
        LocalDate.now(clock.withZone(zone)).plusDays(1).atStartOfDay(zone).toOffsetDateTime();
    Map<String, Long> current =
        incidents.countsByType(me.siteId(), end.minusDays(28), end, HEADLINE);
    Map<String, Long> previous =
        incidents.countsByType(me.siteId(), end.minusDays(56), end.minusDays(28), HEADLINE);
    model.addAttribute(
        "trends",
        HEADLINE.stream()
            .map(t -> new Trend(t, current.getOrDefault(t, 0L), previous.getOrDefault(t, 0L)))
            .toList());
    return "home";
  }
}
