package org.ceasefire.reviews;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Compartment;
import org.ceasefire.access.Guarded;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Review meetings and agendas over HTTP (incident narratives and suspects: INVESTIGATIVE). */
@RestController
@Tag(name = "Shooting review", description = "Weekly review meetings and their agendas")
class ReviewsApi {

  private final Reviews reviews;

  ReviewsApi(Reviews reviews) {
    this.reviews = reviews;
  }

  /** A meeting with its agenda. */
  record AgendaResponse(
      ReviewMeeting meeting,
      List<Item> items,
      List<RetaliationAlert> alerts,
      NearRepeatWindow nearRepeatWindow) {}

  /** One incident on the agenda and the people in it. */
  record Item(
      long incidentId,
      String type,
      java.time.OffsetDateTime occurredAt,
      @org.jspecify.annotations.Nullable String address,
      int firearms,
      List<AgendaItem.Person> people) {
    static Item from(AgendaItem a) {
      return new Item(
          a.incident().id(),
          a.incident().type(),
          a.incident().occurredAt(),
          a.incident().address(),
          a.incident().firearms().size(),
          a.people());
    }
  }

  @GetMapping("/api/reviews/{id}/agenda")
  @Guarded(Compartment.INVESTIGATIVE)
  @Operation(summary = "A review meeting's generated agenda and retaliation alerts")
  AgendaResponse agenda(@AuthenticationPrincipal CeasefireUser me, @PathVariable long id) {
    ReviewMeeting meeting = reviews.meeting(me.siteId(), id);
    List<AgendaItem> agenda = reviews.agenda(me, meeting);
    return new AgendaResponse(
        meeting,
        agenda.stream().map(Item::from).toList(),
        reviews.alerts(me, agenda),
        reviews.nearRepeatWindow(me.siteId()));
  }
}
