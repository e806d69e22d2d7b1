package org.ceasefire.insights;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Compartment;
import org.ceasefire.access.Guarded;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The people network around one person over HTTP (investigative; groups only with intelligence).
 */
@RestController
@Tag(name = "Insights")
class PeopleNetworkApi {

  private final PeopleNetworks networks;

  PeopleNetworkApi(PeopleNetworks networks) {
    this.networks = networks;
  }

  /** The network as the API shows it. */
  record NetworkResponse(
      long centre, List<PersonNetwork.Node> people, List<PersonNetwork.Tie> ties) {
    static NetworkResponse from(PersonNetwork n) {
      return new NetworkResponse(n.centre(), n.nodes(), n.ties());
    }
  }

  @GetMapping("/api/insights/people/{id}/network")
  @Guarded(Compartment.INVESTIGATIVE)
  @Operation(
      summary = "Co-offending and co-victimisation ties within two steps, with exposure",
      description = "202 with the job's progress until the site's network is computed")
  ResponseEntity<?> network(@AuthenticationPrincipal CeasefireUser me, @PathVariable long id) {
    return InsightsApi.answer(
        networks.prepare(me), net -> NetworkResponse.from(networks.around(me, id)));
  }
}
