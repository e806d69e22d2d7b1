package org.ceasefire.insights;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Compartment;
import org.ceasefire.access.Guarded;
import org.ceasefire.groups.Groups;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The group audit over HTTP: intelligence (membership entries, group relationships). */
@RestController
@RequestMapping("/api/insights")
@Tag(name = "Insights")
class GroupAuditApi {

  private final GroupAudit audit;
  private final Groups groups;
  private final MapFilters filters;

  GroupAuditApi(GroupAudit audit, Groups groups, MapFilters filters) {
    this.audit = audit;
    this.groups = groups;
    this.filters = filters;
  }

  /** The shares of the audit without the member lists. */
  record Headline(
      LocalDate from,
      LocalDate to,
      GroupAuditReport.Share homicides,
      GroupAuditReport.Share nonFatalShootings,
      GroupAuditReport.Share shootings,
      int groupsWithMembers,
      int members,
      List<GroupShare> groups) {
    static Headline from(GroupAuditReport r) {
      return new Headline(
          r.from(),
          r.to(),
          r.homicides(),
          r.nonFatalShootings(),
          r.shootings(),
          r.groupsWithMembers(),
          r.members(),
          r.groups().stream()
              .map(
                  g ->
                      new GroupShare(
                          g.id(),
                          g.name(),
                          g.territory(),
                          g.members().size(),
                          g.rivals(),
                          g.allies(),
                          g.shootings()))
              .toList());
    }
  }

  record GroupShare(
      long id,
      String name,
      String city,
      int members,
      List<String> rivals,
      List<String> allies,
      GroupAuditReport.Share shootings) {}

  @GetMapping("/group-audit")
  @Guarded(Compartment.INTELLIGENCE)
  @Operation(summary = "Shares of homicides and shootings with a group-involved victim or suspect")
  Headline groupAudit(
      @AuthenticationPrincipal CeasefireUser me,
      @RequestParam(required = false) @Nullable String from,
      @RequestParam(required = false) @Nullable String to) {
    return Headline.from(audit.of(me, filters.read(me, null, from, to, null)));
  }

  @GetMapping("/group-network")
  @Guarded(Compartment.INTELLIGENCE)
  @Operation(summary = "Groups and their active conflicts and alliances")
  GroupNetwork groupNetwork(@AuthenticationPrincipal CeasefireUser me) {
    return GroupNetwork.from(groups.all(me.siteId()), groups.allRelationships(me.siteId()));
  }
}
