package org.ceasefire.groups;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.ceasefire.access.Action;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Compartment;
import org.ceasefire.access.Guarded;
import org.ceasefire.groups.GroupResponses.GroupResponse;
import org.ceasefire.groups.GroupResponses.MemberResponse;
import org.ceasefire.groups.GroupResponses.RelationshipResponse;
import org.ceasefire.platform.PageOf;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Groups over HTTP (the INTELLIGENCE compartment). */
@RestController
@RequestMapping("/api/groups")
@Tag(name = "Groups", description = "Groups, membership entries, conflicts and alliances")
class GroupsApi {

  private final Groups groups;

  GroupsApi(Groups groups) {
    this.groups = groups;
  }

  @GetMapping
  @Guarded(Compartment.INTELLIGENCE)
  @Operation(
      summary = "Search groups by name, status or city",
      description = "An intelligence search: `purpose` is required and kept in the audit trail.")
  PageOf<GroupResponse> search(
      @AuthenticationPrincipal CeasefireUser me,
      @RequestParam(required = false) @Nullable String purpose,
      @RequestParam(required = false) @Nullable String q,
      @RequestParam(required = false) @Nullable String status,
      @RequestParam(required = false) @Nullable Long jurisdiction,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    return groups.find(me, purpose, q, status, jurisdiction, page, size).map(GroupResponse::from);
  }

  @GetMapping("/{id}")
  @Guarded(Compartment.INTELLIGENCE)
  @Operation(summary = "One group")
  GroupResponse get(@AuthenticationPrincipal CeasefireUser me, @PathVariable long id) {
    return GroupResponse.from(groups.view(me, id));
  }

  @PostMapping
  @Guarded(value = Compartment.INTELLIGENCE, action = Action.WRITE)
  @Operation(summary = "Create a group")
  ResponseEntity<GroupResponse> create(
      @AuthenticationPrincipal CeasefireUser me, @RequestBody GroupInput input) {
    CriminalGroup g = groups.create(me, input);
    return ResponseEntity.created(URI.create("/api/groups/" + g.id())).body(GroupResponse.from(g));
  }

  @PutMapping("/{id}")
  @Guarded(value = Compartment.INTELLIGENCE, action = Action.WRITE)
  @Operation(summary = "Edit a group; send the version you read (a stale version gets 409)")
  GroupResponse update(
      @AuthenticationPrincipal CeasefireUser me,
      @PathVariable long id,
      @RequestBody GroupInput input) {
    return GroupResponse.from(groups.update(me, id, input));
  }

  @GetMapping("/{id}/members")
  @Guarded(Compartment.INTELLIGENCE)
  @Operation(summary = "Current members (entries within their review date)")
  List<MemberResponse> members(@AuthenticationPrincipal CeasefireUser me, @PathVariable long id) {
    return groups.members(me, id).stream().map(MemberResponse::from).toList();
  }

  @PostMapping("/{id}/members")
  @Guarded(value = Compartment.INTELLIGENCE, action = Action.WRITE)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Add a membership entry (criteria and source required)")
  MemberResponse addMember(
      @AuthenticationPrincipal CeasefireUser me,
      @PathVariable long id,
      @RequestBody MembershipInput input) {
    return MemberResponse.from(groups.addMember(me, id, input));
  }

  @GetMapping("/{id}/relationships")
  @Guarded(Compartment.INTELLIGENCE)
  @Operation(summary = "Conflicts and alliances of a group")
  List<RelationshipResponse> relationships(
      @AuthenticationPrincipal CeasefireUser me, @PathVariable long id) {
    return groups.relationships(me.siteId(), id).stream().map(RelationshipResponse::from).toList();
  }

  @PostMapping("/{id}/relationships")
  @Guarded(value = Compartment.INTELLIGENCE, action = Action.WRITE)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Record a conflict or alliance with another group")
  RelationshipResponse addRelationship(
      @AuthenticationPrincipal CeasefireUser me,
      @PathVariable long id,
      @RequestBody RelationshipInput input) {
    return RelationshipResponse.from(groups.addRelationship(me, id, input));
  }
}
