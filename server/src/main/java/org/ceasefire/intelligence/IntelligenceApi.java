package org.ceasefire.intelligence;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.ceasefire.access.Action;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Compartment;
import org.ceasefire.access.Guarded;
import org.ceasefire.groups.MembershipLifecycle;
import org.ceasefire.groups.Retention;
import org.ceasefire.groups.Revalidation;
import org.ceasefire.intelligence.IntelligenceResponses.EntryResponse;
import org.ceasefire.intelligence.IntelligenceResponses.RoleChange;
import org.ceasefire.people.People;
import org.ceasefire.platform.ValidationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The life of intelligence entries over HTTP: why listed, approval, re-validation, edits. */
@RestController
@Tag(name = "Intelligence lifecycle", description = "28 CFR Part 23: approval, review, purge")
class IntelligenceApi {

  private final WhyListed whyListed;
  private final MembershipLifecycle lifecycle;
  private final Retention retention;
  private final People people;
  private final Clock clock;

  IntelligenceApi(
      WhyListed whyListed,
      MembershipLifecycle lifecycle,
      Retention retention,
      People people,
      Clock clock) {
    this.whyListed = whyListed;
    this.lifecycle = lifecycle;
    this.retention = retention;
    this.people = people;
    this.clock = clock;
  }

  @GetMapping("/api/people/{id}/intelligence")
  @Guarded(Compartment.INTELLIGENCE)
  @Operation(summary = "Why a person is listed: each current entry with criteria, source, dates")
  List<EntryResponse> whyListed(@AuthenticationPrincipal CeasefireUser me, @PathVariable long id) {
    people.get(me.siteId(), id);
    return whyListed.entries(me, id).stream().map(EntryResponse::from).toList();
  }

  @GetMapping("/api/intelligence/pending")
  @Guarded(value = Compartment.INTELLIGENCE, action = Action.WRITE)
  @Operation(summary = "Entries waiting for a second user's approval")
  List<EntryResponse> pending(@AuthenticationPrincipal CeasefireUser me) {
    return lifecycle.pending(me).stream().map(EntryResponse::from).toList();
  }

  @PostMapping("/api/intelligence/entries/{id}/approval")
  @Guarded(value = Compartment.INTELLIGENCE, action = Action.WRITE)
  @Operation(summary = "Approve a pending entry (not one's own)")
  EntryResponse approve(@AuthenticationPrincipal CeasefireUser me, @PathVariable long id) {
    return EntryResponse.from(lifecycle.approve(me, id));
  }

  @PostMapping("/api/intelligence/entries/{id}/revalidation")
  @Guarded(value = Compartment.INTELLIGENCE, action = Action.WRITE)
  @Operation(summary = "Re-validate an entry with new criteria and source; restarts its review")
  EntryResponse revalidate(
      @AuthenticationPrincipal CeasefireUser me,
      @PathVariable long id,
      @RequestBody Revalidation input) {
    return EntryResponse.from(lifecycle.revalidate(me, id, input));
  }

  @PutMapping("/api/intelligence/entries/{id}")
  @Guarded(value = Compartment.INTELLIGENCE, action = Action.WRITE)
  @Operation(summary = "Change an entry's role; its review date stays")
  EntryResponse changeRole(
      @AuthenticationPrincipal CeasefireUser me,
      @PathVariable long id,
      @RequestBody RoleChange input) {
    lifecycle.entry(me.siteId(), id);
    if (input.role() == null || input.version() == null) {
      throw ValidationException.of("role", "role and version are required", input.role());
    }
    return EntryResponse.from(lifecycle.changeRole(me, id, input.role(), input.version()));
  }

  @PostMapping("/api/intelligence/groups/{id}/review")
  @Guarded(value = Compartment.INTELLIGENCE, action = Action.WRITE)
  @Operation(summary = "Record the three-yearly re-audit of a group designation")
  void reviewGroup(@AuthenticationPrincipal CeasefireUser me, @PathVariable long id) {
    retention.reaffirmGroup(me, id, LocalDate.now(clock));
  }
}
