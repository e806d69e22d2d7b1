package org.ceasefire.people;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.ceasefire.access.AccessPolicy;
import org.ceasefire.access.Action;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Compartment;
import org.ceasefire.access.Guarded;
import org.ceasefire.audit.RecordHistory;
import org.ceasefire.platform.PageOf;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** People over HTTP for partner systems. */
@RestController
@RequestMapping("/api/people")
@Tag(name = "People", description = "Persons known to the partnership")
class PeopleApi {

  private final People people;
  private final AccessPolicy policy;

  PeopleApi(People people, AccessPolicy policy) {
    this.people = people;
    this.policy = policy;
  }

  @GetMapping
  @Guarded(Compartment.IDENTITY)
  @Operation(summary = "Search people by name, alias or state id")
  PageOf<PersonResponse.Row> search(
      @AuthenticationPrincipal CeasefireUser me,
      @RequestParam(required = false) @Nullable String q,
      @RequestParam(required = false) @Nullable String supervision,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    boolean supervisionVisible = policy.canRead(me.role(), Compartment.SUPERVISION);
    if (supervision != null && !supervision.isBlank()) {
      policy.check(me.role(), Compartment.SUPERVISION, Action.READ);
    }
    return people
        .search(me.siteId(), q, supervision, page, size)
        .map(row -> PersonResponse.Row.from(row, supervisionVisible));
  }

  @GetMapping("/{id}")
  @Guarded(Compartment.IDENTITY)
  @Operation(summary = "One person")
  PersonResponse get(@AuthenticationPrincipal CeasefireUser me, @PathVariable long id) {
    return PersonResponse.from(
        people.get(me.siteId(), id), policy.canRead(me.role(), Compartment.SUPERVISION));
  }

  @GetMapping("/{id}/history")
  @Guarded(Compartment.IDENTITY)
  @Operation(summary = "Changes to a person's record, newest first")
  List<RecordHistory.Change> history(
      @AuthenticationPrincipal CeasefireUser me, @PathVariable long id) {
    people.get(me.siteId(), id);
    return people.history(me.siteId(), id);
  }

  @PostMapping
  @Guarded(value = Compartment.IDENTITY, action = Action.WRITE)
  @Operation(summary = "Create a person")
  ResponseEntity<PersonResponse> create(
      @AuthenticationPrincipal CeasefireUser me, @RequestBody PersonInput input) {
    Person created = people.create(me, input);
    return ResponseEntity.created(URI.create("/api/people/" + created.id()))
        .body(PersonResponse.from(created, policy.canRead(me.role(), Compartment.SUPERVISION)));
  }

  @PutMapping("/{id}")
  @Guarded(value = Compartment.IDENTITY, action = Action.WRITE)
  @Operation(summary = "Edit a person; send the version you read (a stale version gets 409)")
  PersonResponse update(
      @AuthenticationPrincipal CeasefireUser me,
      @PathVariable long id,
      @RequestBody PersonInput input) {
    return PersonResponse.from(
        people.update(me, id, input), policy.canRead(me.role(), Compartment.SUPERVISION));
  }
}
