package org.ceasefire.incidents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Role;
import org.ceasefire.access.Sites;
import org.ceasefire.places.Places;
import org.ceasefire.places.PlacesTestData;
import org.ceasefire.platform.PageOf;
import org.ceasefire.testing.CeasefireTest;
import org.ceasefire.testing.TestSites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@CeasefireTest
class IncidentsApiTest {

  @Autowired MockMvc mvc;
  @Autowired Sites sites;
  @Autowired Places places;
  @Autowired Incidents incidents;
  @Autowired JsonMapper json;
  TestSites.TestSite site;
  PlacesTestData.City city;
  CeasefireUser investigator;

  /**
   * Partner systems sign each request with HTTP Basic and the current code of the user's second
   * factor; no session, so no CSRF token.
   */
  private static RequestPostProcessor basic(CeasefireUser u) {
    return request -> {
      httpBasic(u.username(), TestSites.PASSWORD).postProcessRequest(request);
      request.addHeader("X-Ceasefire-OTP", TestSites.otp());
      return request;
    };
  }

  @BeforeEach
  void newSite() {
    site = TestSites.create(sites);
    city = PlacesTestData.newHaven(places, site.id());
    investigator = site.user(Role.INVESTIGATOR);
  }

  @Test
  void theListKeepsTheChosenCityInItsFilter() throws Exception {
    String page =
        mvc.perform(
                get("/incidents?type=non_fatal_shooting&jurisdiction=" + city.jurisdictionId())
                    .with(user(investigator)))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsString();
    assertThat(page)
        .contains(
            "<option value=\""
                + city.jurisdictionId()
                + "\" selected=\"selected\">New Haven</option>")
        .containsOnlyOnce("selected=\"selected\">New Haven");
    assertThat(
            mvc.perform(get("/incidents").with(user(investigator)))
                .andReturn()
                .getResponse()
                .getContentAsString())
        .contains("<option value=\"" + city.jurisdictionId() + "\">New Haven</option>");
  }

  @Test
  void recordsAShootingWithAVictimAndFindsItsAreaFromTheLocation() throws Exception {
    String person =
        mvc.perform(
                post("/api/people")
                    .with(basic(investigator))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"firstName\":\"Tariq\",\"lastName\":\"Bell\"}"))
            .andExpect(status().isCreated())
            .andReturn()
            .getResponse()
            .getContentAsString();
    long personId = json.readTree(person).get("id").asLong();
    String body =
        """
        {"type":"non_fatal_shooting","occurredAt":"2026-03-14T22:15:00-04:00",
         "lon":-72.931,"lat":41.309,"address":"100 Test St","jurisdictionId":%d,
         "reportNumber":"NH-26-0001","narrative":"Two shots, one victim."}
        """
            .formatted(city.jurisdictionId());
    String created =
        mvc.perform(
                post("/api/incidents")
                    .with(basic(investigator))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(body))
            .andExpect(status().isCreated())
            .andExpect(header().string("Location", org.hamcrest.Matchers.startsWith("/api/")))
            .andExpect(jsonPath("$.areaId").value(city.areaId()))
            .andExpect(jsonPath("$.area").value("Test Green"))
            .andReturn()
            .getResponse()
            .getContentAsString();
    long id = json.readTree(created).get("id").asLong();
    mvc.perform(
            post("/api/incidents/" + id + "/participants")
                .with(basic(investigator))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"personId\":" + personId + ",\"role\":\"victim\",\"injury\":\"non_fatal\"}"))
        .andExpect(status().isCreated())
        .andExpect(jsonPath("$.participants[0].name").value("Tariq Bell"));
    mvc.perform(get("/api/incidents?type=non_fatal_shooting&q=NH-26").with(basic(investigator)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.items[0].victims").value(1));
    // the person's incidents, read for one person and for several (two forms of one statement)
    assertThat(incidents.ofPerson(site.id(), personId))
        .extracting(PersonIncident::id, PersonIncident::role, PersonIncident::reportNumber)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(id, "victim", "NH-26-0001"));
    assertThat(incidents.ofPeople(site.id(), List.of(personId, personId + 1_000_000)))
        .containsOnlyKeys(personId)
        .extractingByKey(personId)
        .isEqualTo(incidents.ofPerson(site.id(), personId));
  }

  @Test
  void findsIncidentsByPartOfTheirAddressAsItIsNowAndNotAsItWas() throws Exception {
    String create =
        """
        {"type":"shots_fired","occurredAt":"2026-02-01T23:40:00-05:00","jurisdictionId":%d,
         "address":"%s"}
        """;
    long first = 0;
    for (String address : List.of("1200 block Pelley Rd", "1300 block Pelley Rd", "9 Elm St")) {
      String made =
          mvc.perform(
                  post("/api/incidents")
                      .with(basic(investigator))
                      .contentType(MediaType.APPLICATION_JSON)
                      .content(create.formatted(city.jurisdictionId(), address)))
              .andExpect(status().isCreated())
              .andReturn()
              .getResponse()
              .getContentAsString();
      first = first == 0 ? json.readTree(made).get("id").asLong() : first;
    }
    mvc.perform(get("/api/incidents?q=LLEY r").with(basic(investigator)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.total").value(2));
    for (int page = 0; page < 3; page++) {
      mvc.perform(get("/api/incidents?q=pelley&size=1&page=" + page).with(basic(investigator)))
          .andExpect(status().isOk())
          .andExpect(jsonPath("$.items.length()").value(page < 2 ? 1 : 0))
          .andExpect(jsonPath("$.total").value(2));
    }
    mvc.perform(get("/api/incidents?q=pelley&type=homicide").with(basic(investigator)))
        .andExpect(jsonPath("$.total").value(0));
    Incident moved = incidents.view(investigator, first);
    mvc.perform(
            put("/api/incidents/" + first)
                .with(basic(investigator))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"type":"shots_fired","occurredAt":"2026-02-01T23:40:00-05:00",
                     "jurisdictionId":%d,"address":"40 block Quince Ave","version":%d}
                    """
                        .formatted(city.jurisdictionId(), moved.version())))
        .andExpect(status().isOk());
    mvc.perform(get("/api/incidents?q=pelley").with(basic(investigator)))
        .andExpect(jsonPath("$.total").value(1));
    mvc.perform(get("/api/incidents?q=quince").with(basic(investigator)))
        .andExpect(jsonPath("$.total").value(1))
        .andExpect(jsonPath("$.items[0].id").value(first));
    // another site's incidents at the same address stay out of this site's search
    TestSites.TestSite other = TestSites.create(sites);
    PlacesTestData.City otherCity = PlacesTestData.newHaven(places, other.id());
    mvc.perform(
            post("/api/incidents")
                .with(basic(other.user(Role.INVESTIGATOR)))
                .contentType(MediaType.APPLICATION_JSON)
                .content(create.formatted(otherCity.jurisdictionId(), "40 block Quince Ave")))
        .andExpect(status().isCreated());
    mvc.perform(get("/api/incidents?q=quince").with(basic(investigator)))
        .andExpect(jsonPath("$.total").value(1));
  }

  /**
   * A search finds an incident by its street (V118), by the rest of its address, or by its report
   * number, and each match once, however many of these it matches by.
   */
  @Test
  void findsEachMatchOnceByStreetByAddressOrByReportNumber() {
    Map<String, Long> made = new java.util.LinkedHashMap<>();
    for (String[] r :
        new String[][] {
          {"NH-1", "1200 block Pelley Rd"},
          {"NH-2", "1300 block of Pelley Rd"},
          {"NH-3", "12 Pelley Court"},
          {"PELLEY-4", "9 Elm St"},
          {"NH-5", "Pelley Rd & Elm St"},
          {"NH-6", null},
          {"NH-7", "1200 BLOCK PELLEY RD"},
          {"NH-8", "700 blk Oak Ln"},
          {"NH-9", "12a Oakley Ave"}
        }) {
      made.put(
          r[0],
          incidents
              .create(
                  investigator,
                  new IncidentInput(
                      r[0],
                      "shots_fired",
                      "2026-02-01T23:40",
                      null,
                      null,
                      r[1],
                      city.jurisdictionId(),
                      null,
                      null,
                      null))
              .id());
    }
    assertThat(found("pelley"))
        .containsExactlyInAnyOrderElementsOf(
            ids(made, "NH-1", "NH-2", "NH-3", "PELLEY-4", "NH-5", "NH-7"));
    assertThat(found("pelley rd"))
        .containsExactlyInAnyOrderElementsOf(ids(made, "NH-1", "NH-2", "NH-5", "NH-7"));
    // in the address, not the street
    assertThat(found("1200 block pel"))
        .containsExactlyInAnyOrderElementsOf(ids(made, "NH-1", "NH-7"));
    assertThat(found("block"))
        .containsExactlyInAnyOrderElementsOf(ids(made, "NH-1", "NH-2", "NH-7"));
    // parts of the house number or block, which a street never holds
    assertThat(found("lock"))
        .containsExactlyInAnyOrderElementsOf(ids(made, "NH-1", "NH-2", "NH-7"));
    assertThat(found("blk")).containsExactlyInAnyOrderElementsOf(ids(made, "NH-8"));
    assertThat(found("of")).containsExactlyInAnyOrderElementsOf(ids(made, "NH-2"));
    assertThat(found("oak")).containsExactlyInAnyOrderElementsOf(ids(made, "NH-8", "NH-9"));
    assertThat(found("2a oak")).containsExactlyInAnyOrderElementsOf(ids(made, "NH-9"));
    assertThat(found("k o")).containsExactlyInAnyOrderElementsOf(ids(made, "NH-2", "NH-8"));
    assertThat(found("pelley_rd"))
        .containsExactlyInAnyOrderElementsOf(ids(made, "NH-1", "NH-2", "NH-5", "NH-7"));
    assertThat(found("9 elm")).containsExactlyInAnyOrderElementsOf(ids(made, "PELLEY-4"));
    assertThat(found("elm st")).containsExactlyInAnyOrderElementsOf(ids(made, "PELLEY-4", "NH-5"));
    // the report number alone, and with the street
    assertThat(found("nh-6")).containsExactlyInAnyOrderElementsOf(ids(made, "NH-6"));
    assertThat(found("ey-4")).containsExactlyInAnyOrderElementsOf(ids(made, "PELLEY-4"));
    assertThat(found("nh-")).hasSize(8);
    assertThat(incidents.search(site.id(), filter("pelley"), 0, 2).total()).isEqualTo(6);
  }

  /**
   * A text search's pages are the newest matches in order (ties by id), counted in full, with and
   * without filters, whichever way it is found: on a few streets, where each street's newest are
   * merged (V122); on more than 64 streets that the newest incidents seldom match, where all the
   * matches are sorted at once; and for a text that most incidents match ("block"), where the
   * incidents are read newest first (V123).
   */
  @Test
  void pagesOfATextSearchAreItsNewestMatchesInOrderOnFewStreetsOnManyOrOnMost() {
    java.util.Random random = new java.util.Random(122);
    List<Made> made = new java.util.ArrayList<>();
    String[] few = {"Pelley Rd", "Pelley St", "Pelleyton Blvd", "Elm St"};
    for (int n = 0; n < 60; n++) {
      String street = few[random.nextInt(few.length)];
      // a quarter on one minute, so that the order of ties is tested too
      String at =
          n % 4 == 0
              ? "2026-03-01T10:00"
              : java.time.LocalDateTime.of(2026, 1, 1, 0, 0)
                  .plusMinutes(random.nextInt(90 * 24 * 60))
                  .toString();
      made.add(make("NH-" + n, at, (100 + n) + " block " + street, n % 3 == 0, random));
    }
    made.add(make("PELLEY-1", "2026-02-02T02:02", "9 Oak Ln", false, random));
    for (int n = 1; n <= 70; n++) {
      made.add(
          make(
              "Q-" + n,
              java.time.LocalDateTime.of(2024, 4, 1, 0, 0)
                  .plusHours(random.nextInt(500))
                  .toString(),
              "10 block Quarry" + n + " Rd",
              n % 2 == 0,
              random));
    }
    // newer than all of the above, so that the newest 512 do not match "quarry" but do "block"
    for (int n = 0; n < 520; n++) {
      made.add(
          make(
              "F-" + n,
              java.time.LocalDateTime.of(2026, 5, 1, 0, 0)
                  .plusMinutes(random.nextInt(60 * 24 * 30))
                  .toString(),
              (n % 40) + "00 block Filler Ave",
              n % 2 == 0,
              random));
    }
    for (String text : List.of("pelley", "quarry", "block")) {
      for (String type : new String[] {null, "non_fatal_shooting"}) {
        List<Long> expected =
            made.stream()
                .filter(
                    m ->
                        (m.address().toLowerCase().contains(text)
                                || m.report().toLowerCase().contains(text))
                            && (type == null || m.type().equals(type)))
                .sorted(java.util.Comparator.comparing(Made::at).thenComparing(Made::id).reversed())
                .map(Made::id)
                .toList();
        assertThat(expected).hasSizeGreaterThan(10);
        IncidentFilter filter = new IncidentFilter(text, type, null, null, null);
        List<Long> paged = new java.util.ArrayList<>();
        for (int page = 0; page * 7 <= expected.size(); page++) {
          PageOf<IncidentSummary> p = incidents.search(site.id(), filter, page, 7);
          assertThat(p.total()).as(text + " " + type).isEqualTo(expected.size());
          p.items().forEach(i -> paged.add(i.id()));
        }
        assertThat(paged).as(text + " " + type).isEqualTo(expected);
      }
    }
  }

  private record Made(long id, String report, String type, OffsetDateTime at, String address) {}

  private Made make(
      String report, String at, String address, boolean shooting, java.util.Random random) {
    String type =
        shooting ? "non_fatal_shooting" : random.nextBoolean() ? "shots_fired" : "homicide";
    Incident i =
        incidents.create(
            investigator,
            new IncidentInput(
                report, type, at, null, null, address, city.jurisdictionId(), null, null, null));
    return new Made(i.id(), report, type, i.occurredAt(), address);
  }

  private List<Long> found(String text) {
    return incidents.search(site.id(), filter(text), 0, 50).items().stream()
        .map(IncidentSummary::id)
        .toList();
  }

  private static IncidentFilter filter(String text) {
    return new IncidentFilter(text, null, null, null, null);
  }

  private static List<Long> ids(Map<String, Long> made, String... reports) {
    return java.util.Arrays.stream(reports).map(made::get).toList();
  }

  @Test
  void refusesAnInvalidIncidentWithProblemDetailsNamingEachFieldAndSavesNothing() throws Exception {
    String answer =
        mvc.perform(
                post("/api/incidents")
                    .with(basic(investigator))
                    .contentType(MediaType.APPLICATION_JSON)
                    .content("{\"type\":\"drive_by\",\"occurredAt\":\"yesterday\",\"lon\":-72.9}"))
            .andExpect(status().isUnprocessableContent())
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andReturn()
            .getResponse()
            .getContentAsString();
    JsonNode problem = json.readTree(answer);
    assertThat(problem.get("errors").findValuesAsString("field"))
        .contains("type", "occurredAt", "lat", "jurisdictionId");
    assertThat(incidents.count(site.id())).isZero();
  }

  @Test
  void refusesAStaleEditWith409AndTheCurrentVersion() throws Exception {
    Incident i =
        incidents.create(
            investigator,
            new IncidentInput(
                null,
                "shots_fired",
                "2026-01-02T03:04",
                null,
                null,
                null,
                city.jurisdictionId(),
                null,
                null,
                null));
    String edit =
        """
        {"type":"shots_fired","occurredAt":"2026-01-02T03:05","jurisdictionId":%d,"version":%d}
        """;
    mvc.perform(
            put("/api/incidents/" + i.id())
                .with(basic(investigator))
                .contentType(MediaType.APPLICATION_JSON)
                .content(edit.formatted(city.jurisdictionId(), i.version())))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.version").value(i.version() + 1));
    mvc.perform(
            put("/api/incidents/" + i.id())
                .with(basic(site.user(Role.ANALYST)))
                .contentType(MediaType.APPLICATION_JSON)
                .content(edit.formatted(city.jurisdictionId(), i.version())))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.currentVersion").value(i.version() + 1));
  }

  @Test
  void answersAnUnknownIncidentWith404AndAnotherSitesIncidentToo() throws Exception {
    Incident i =
        incidents.create(
            investigator,
            new IncidentInput(
                null,
                "robbery",
                "2026-01-02T03:04",
                null,
                null,
                null,
                city.jurisdictionId(),
                null,
                null,
                null));
    TestSites.TestSite other = TestSites.create(sites);
    mvc.perform(get("/api/incidents/" + i.id()).with(basic(other.user(Role.INVESTIGATOR))))
        .andExpect(status().isNotFound())
        .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
  }

  @Test
  void refusesAFormPostWithoutCsrfToken() throws Exception {
    mvc.perform(post("/incidents").with(user(investigator)).param("type", "robbery"))
        .andExpect(status().isForbidden());
    mvc.perform(post("/incidents").with(user(investigator)).with(csrf()).param("type", "robbery"))
        .andExpect(status().isUnprocessableContent());
    assertThat(incidents.count(site.id())).isZero();
  }
}
