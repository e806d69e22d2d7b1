package org.ceasefire.intelligence;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.ceasefire.access.Action;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Compartment;
import org.ceasefire.access.Guarded;
import org.ceasefire.intelligence.IntelligenceResponses.CriterionResponse;
import org.ceasefire.intelligence.IntelligenceResponses.DisseminationResponse;
import org.ceasefire.intelligence.IntelligenceResponses.JuvenilePolicy;
import org.ceasefire.intelligence.IntelligenceResponses.PolicyResponse;
import org.ceasefire.intelligence.IntelligenceResponses.QueuedResponse;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The site's criteria and settings, the purge queue and the dissemination log over HTTP. */
@RestController
@Tag(name = "Intelligence compliance", description = "Criteria, purge queue, dissemination log")
class ComplianceApi {

  private final EntryPolicy policy;
  private final PurgeQueue queue;
  private final Disseminations disseminations;
  private final ComplianceReports reports;

  ComplianceApi(
      EntryPolicy policy,
      PurgeQueue queue,
      Disseminations disseminations,
      ComplianceReports reports) {
    this.policy = policy;
    this.queue = queue;
    this.disseminations = disseminations;
    this.reports = reports;
  }

  @GetMapping("/api/intelligence/report")
  @Guarded(Compartment.AUDIT)
  @Operation(summary = "The auditor's 28 CFR Part 23 figures for the site (counts and ids only)")
  ComplianceReport report(@AuthenticationPrincipal CeasefireUser me) {
    return reports.report(me);
  }

  @GetMapping("/api/intelligence/policy")
  @Guarded(Compartment.INTELLIGENCE)
  @Operation(summary = "The site's documented criteria and juvenile review period")
  PolicyResponse policy(@AuthenticationPrincipal CeasefireUser me) {
    return PolicyResponse.from(policy.all(me.siteId()), policy.juvenileReviewYears(me.siteId()));
  }

  @PutMapping("/api/intelligence/policy")
  @Guarded(value = Compartment.ADMINISTRATION, action = Action.WRITE)
  @Operation(summary = "Set the juvenile review period (1 to 5 years)")
  PolicyResponse setPolicy(
      @AuthenticationPrincipal CeasefireUser me, @RequestBody JuvenilePolicy input) {
    policy.setJuvenileReviewYears(me, input.juvenileReviewYears());
    return policy(me);
  }

  @PostMapping("/api/intelligence/criteria")
  @Guarded(value = Compartment.ADMINISTRATION, action = Action.WRITE)
  @Operation(summary = "Add, rename, retire or restore a documented criterion")
  CriterionResponse saveCriterion(
      @AuthenticationPrincipal CeasefireUser me, @RequestBody Criterion.Input input) {
    return CriterionResponse.from(policy.save(me, input));
  }

  @GetMapping("/api/intelligence/purge-queue")
  @Guarded(value = Compartment.INTELLIGENCE, action = Action.WRITE)
  @Operation(summary = "Expired entries and groups waiting for purge (ids only)")
  List<QueuedResponse> purgeQueue(@AuthenticationPrincipal CeasefireUser me) {
    return queue.list(me.siteId()).stream().map(QueuedResponse::from).toList();
  }

  @PostMapping("/api/intelligence/purge-queue/{id}/purge")
  @Guarded(value = Compartment.INTELLIGENCE, action = Action.WRITE)
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Purge a queued record: deleted, leaving only an audit record")
  void purge(@AuthenticationPrincipal CeasefireUser me, @PathVariable long id) {
    queue.purge(me, id);
  }

  @GetMapping("/api/intelligence/disseminations")
  @Guarded(Compartment.INTELLIGENCE)
  @Operation(summary = "The dissemination log")
  List<DisseminationResponse> disseminations(@AuthenticationPrincipal CeasefireUser me) {
    return disseminations.list(me.siteId()).stream().map(DisseminationResponse::from).toList();
  }

  @PostMapping("/api/intelligence/disseminations")
  @Guarded(value = Compartment.INTELLIGENCE, action = Action.WRITE)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Record a release outside the agency: recipient, need-to-know, entries")
  DisseminationResponse disseminate(
      @AuthenticationPrincipal CeasefireUser me, @RequestBody Dissemination.Input input) {
    return DisseminationResponse.from(disseminations.record(me, input));
  }
}
