package org.ceasefire.insights;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Compartment;
import org.ceasefire.access.Guarded;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The site-wide co-offending network with its Louvain communities over HTTP (investigative). */
@RestController
@Tag(name = "Insights")
class CoOffendingNetworkApi {

  private final CoOffendingNetworks networks;

  CoOffendingNetworkApi(CoOffendingNetworks networks) {
    this.networks = networks;
  }

  /** The network as the API shows it. */
  record SiteNetworkResponse(
      @Nullable LocalDate since,
      int limit,
      int totalNodes,
      int totalEdges,
      int omittedNodes,
      int omittedEdges,
      double modularity,
      List<CoOffendingNetwork.Node> nodes,
      List<CoOffendingNetwork.Link> edges,
      List<CoOffendingNetwork.Community> communities) {
    static SiteNetworkResponse from(CoOffendingNetwork n) {
      return new SiteNetworkResponse(
          n.since(),
          n.limit(),
          n.totalNodes(),
          n.totalEdges(),
          n.omittedNodes(),
          n.omittedEdges(),
          n.modularity(),
          n.nodes(),
          n.edges(),
          n.communities());
    }
  }

  @GetMapping("/api/insights/network")
  @Guarded(Compartment.INVESTIGATIVE)
  @Operation(
      summary = "The site-wide co-offending network with Louvain communities",
      description = "202 with the job's progress until the network is computed; ask again")
  ResponseEntity<?> network(
      @AuthenticationPrincipal CeasefireUser me,
      @RequestParam(required = false) @Nullable String since,
      @RequestParam(required = false) @Nullable String limit) {
    CoOffendingNetworks.Query query = CoOffendingNetworks.Query.of(since, limit);
    return InsightsApi.answer(
        networks.prepare(me, query), whole -> SiteNetworkResponse.from(networks.read(me, query)));
  }
}
