package org.ceasefire.places;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.ceasefire.access.Role;
import org.ceasefire.access.Sites;
import org.ceasefire.testing.CeasefireTest;
import org.ceasefire.testing.TestSites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** A city's areas by name over HTTP: what forms offer to choose; no other site's city. */
@CeasefireTest
class PlacesApiTest {

  @Autowired MockMvc mvc;
  @Autowired Places places;
  @Autowired Sites sites;
  TestSites.TestSite site;
  PlacesTestData.City newHaven;

  @BeforeEach
  void siteWithOneCity() {
    site = TestSites.create(sites);
    newHaven = PlacesTestData.newHaven(places, site.id());
    places.createArea(site.id(), newHaven.jurisdictionId(), "beat", "Beat 7", PlacesCacheTest.EAST);
  }

  @Test
  void givesTheNamesOfACitysAreasByNameWithoutBoundaries() throws Exception {
    mvc.perform(
            get("/api/jurisdictions/" + newHaven.jurisdictionId() + "/areas")
                .with(user(site.user(Role.RESEARCHER))))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.length()").value(2))
        .andExpect(jsonPath("$[0].name").value("Beat 7"))
        .andExpect(jsonPath("$[0].kind").value("beat"))
        .andExpect(jsonPath("$[1].id").value(newHaven.areaId()))
        .andExpect(jsonPath("$[1].name").value("Test Green"))
        .andExpect(jsonPath("$[1].geometry").doesNotExist());
  }

  @Test
  void anotherSitesCityIsNotFound() throws Exception {
    TestSites.TestSite other = TestSites.create(sites);
    PlacesTestData.City theirs = PlacesTestData.newHaven(places, other.id());

    mvc.perform(
            get("/api/jurisdictions/" + theirs.jurisdictionId() + "/areas")
                .with(user(site.user(Role.ANALYST))))
        .andExpect(status().isNotFound());
  }
}
