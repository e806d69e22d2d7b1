package org.ceasefire.measures;

import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Compartment;
import org.ceasefire.access.Guarded;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The public transparency pages, without sign-in, and their JSON; and the coordinator's decision to
 * publish. Everything here is counts after the small-cell rule ({@link Suppression}).
 */
@Controller
class PublicPages {

  private final PublicMeasures published;

  PublicPages(PublicMeasures published) {
    this.published = published;
  }

  @GetMapping("/public")
  @Guarded(Compartment.PUBLIC)
  String sites(Model model) {
    model.addAttribute("sites", published.all());
    return "measures/public-sites";
  }

  @GetMapping("/public/{site}")
  @Guarded(Compartment.PUBLIC)
  String page(
      @PathVariable String site,
      @RequestParam(required = false) @Nullable String measure,
      Model model) {
    var s = published.site(site);
    String shown =
        measure == null || measure.isBlank() ? Measure.NON_FATAL_SHOOTINGS.code() : measure;
    published.areas(s, shown); // refuses a measure that is not published
    model.addAttribute("summary", published.summary(s));
    model.addAttribute("measures", Measure.PUBLISHED);
    model.addAttribute("mapMeasure", Measure.ofCode("measure", shown));
    return "measures/public";
  }

  @GetMapping(value = "/public/api", produces = MediaType.APPLICATION_JSON_VALUE)
  @Guarded(Compartment.PUBLIC)
  @ResponseBody
  java.util.List<PublicResponses.Site> sitesJson() {
    return published.all();
  }

  @GetMapping(value = "/public/api/{site}", produces = MediaType.APPLICATION_JSON_VALUE)
  @Guarded(Compartment.PUBLIC)
  @ResponseBody
  PublicResponses.Summary summary(@PathVariable String site) {
    return published.summary(published.site(site));
  }

  @GetMapping(value = "/public/api/{site}/areas", produces = "application/geo+json")
  @Guarded(Compartment.PUBLIC)
  ResponseEntity<PublicResponses.Areas> areas(
      @PathVariable String site, @RequestParam(required = false) @Nullable String measure) {
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType("application/geo+json"))
        .body(
            published.areas(
                published.site(site),
                measure == null || measure.isBlank()
                    ? Measure.NON_FATAL_SHOOTINGS.code()
                    : measure));
  }

  @PostMapping("/measures/publication")
  @Guarded(value = Compartment.ADMINISTRATION, action = org.ceasefire.access.Action.WRITE)
  String decide(
      @AuthenticationPrincipal CeasefireUser me,
      @RequestParam(required = false) @Nullable String action) {
    published.decide(me, action == null ? "" : action);
    return "redirect:/measures";
  }
}
