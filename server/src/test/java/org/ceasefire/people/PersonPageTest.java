package org.ceasefire.people;

import static org.ceasefire.people.PersonTestData.aPerson;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.ceasefire.access.Role;
import org.ceasefire.access.Sites;
import org.ceasefire.groups.GroupInput;
import org.ceasefire.groups.Groups;
import org.ceasefire.groups.MembershipInput;
import org.ceasefire.places.Places;
import org.ceasefire.places.PlacesTestData;
import org.ceasefire.testing.CeasefireTest;
import org.ceasefire.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** A person's page shows each section only to roles whose compartment it sits in. */
@CeasefireTest
class PersonPageTest {

  @Autowired MockMvc mvc;
  @Autowired Sites sites;
  @Autowired People people;
  @Autowired Groups groups;
  @Autowired Places places;

  @Test
  void showsGroupEntriesToAnalystsButNotToProbationOfficers() throws Exception {
    TestSites.TestSite site = TestSites.create(sites);
    long city = PlacesTestData.newHaven(places, site.id()).jurisdictionId();
    var analyst = site.user(Role.ANALYST);
    Person p = people.create(analyst, aPerson().named("Dion", "Pratt").input());
    var g = groups.create(analyst, new GroupInput("Elm Street", "crew", null, city, null, null));
    groups.addMember(
        analyst,
        g.id(),
        new MembershipInput(p.id(), "member", List.of("self_admission"), "FI 7", null));

    mvc.perform(get("/people/" + p.id()).with(user(analyst)))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Elm Street")))
        .andExpect(content().string(containsString("self_admission")))
        .andExpect(content().string(containsString("Incidents")));
    mvc.perform(get("/people/" + p.id()).with(user(site.user(Role.SUPERVISION))))
        .andExpect(status().isOk())
        .andExpect(content().string(containsString("Dion Pratt")))
        .andExpect(content().string(not(containsString("Elm Street"))))
        .andExpect(content().string(not(containsString("Incidents"))));
  }

  @Test
  void hidesSupervisionStatusFromRolesOutsideTheSupervisionCompartment() throws Exception {
    TestSites.TestSite site = TestSites.create(sites);
    Person p = people.create(site.user(Role.ANALYST), aPerson().named("Rae", "Lin").input());
    mvc.perform(get("/api/people/" + p.id()).with(user(site.user(Role.PROSECUTOR))))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.supervisionStatus").doesNotExist());
    mvc.perform(get("/api/people/" + p.id()).with(user(site.user(Role.SUPERVISION))))
        .andExpect(jsonPath("$.supervisionStatus").value("none"));
    mvc.perform(get("/api/people?supervision=parole").with(user(site.user(Role.PROSECUTOR))))
        .andExpect(status().isForbidden());
  }

  @Test
  void describesTheApiWithOpenApi() throws Exception {
    mvc.perform(get("/api/docs"))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.openapi").exists())
        .andExpect(jsonPath("$.paths['/api/people']").exists())
        .andExpect(jsonPath("$.paths['/api/incidents/{id}/participants']").exists());
  }
}
