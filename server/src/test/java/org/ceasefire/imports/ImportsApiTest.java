package org.ceasefire.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.ceasefire.access.AccessPolicy;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Role;
import org.ceasefire.access.Sites;
import org.ceasefire.places.Places;
import org.ceasefire.places.PlacesTestData;
import org.ceasefire.testing.CeasefireTest;
import org.ceasefire.testing.TestSites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Imports over HTTP: who may start and see them, uploads refused by type, the rejects file. */
@CeasefireTest
class ImportsApiTest {

  @Autowired MockMvc mvc;
  @Autowired Sites sites;
  @Autowired Places places;
  @Autowired Imports imports;
  @Autowired AccessPolicy policy;
  @Autowired JsonMapper json;
  @Autowired JdbcClient jdbc;
  TestSites.TestSite site;
  CeasefireUser analyst;

  static final String CSV =
      "source_id,type,occurred_at,city\nW-1,shots_fired,2026-03-01T22:15,New Haven\n"
          + "W-2,shots_fired,someday,New Haven\n";

  @BeforeEach
  void newSite() {
    site = TestSites.create(sites);
    PlacesTestData.newHaven(places, site.id());
    analyst = site.user(Role.ANALYST);
  }

  static MockMultipartHttpServletRequestBuilder upload(String kind, String name, String body) {
    MockMultipartHttpServletRequestBuilder request = multipart("/api/imports/" + kind);
    request.file(
        new MockMultipartFile("file", name, "text/csv", body.getBytes(StandardCharsets.UTF_8)));
    return request;
  }

  long startAs(CeasefireUser who, String mode) throws Exception {
    String body =
        mvc.perform(
                upload("incidents", "w.csv", CSV)
                    .param("sourceSystem", "w-rms")
                    .param("mode", mode)
                    .with(user(who))
                    .with(csrf()))
            .andExpect(status().isAccepted())
            .andExpect(
                header().string("Location", org.hamcrest.Matchers.startsWith("/api/imports/")))
            .andReturn()
            .getResponse()
            .getContentAsString();
    return json.readTree(body).get("id").asLong();
  }

  JsonNode awaitEnd(CeasefireUser who, long id) throws Exception {
    long deadline = System.currentTimeMillis() + 60_000;
    while (true) {
      String body =
          mvc.perform(get("/api/imports/" + id).with(user(who)))
              .andExpect(status().isOk())
              .andReturn()
              .getResponse()
              .getContentAsString();
      JsonNode run = json.readTree(body);
      if (run.hasNonNull("finishedAt") || System.currentTimeMillis() > deadline) {
        return run;
      }
      Thread.sleep(20);
    }
  }

  @Test
  void anUploadRunsAsAJobWhoseRecordShowsTheOutcome() throws Exception {
    long id = startAs(analyst, "good-rows-only");

    JsonNode run = awaitEnd(analyst, id);

    assertThat(run.get("status").asString()).isEqualTo("done");
    assertThat(run.get("inserted").asLong()).isEqualTo(1);
    assertThat(run.get("rejected").asLong()).isEqualTo(1);
    mvc.perform(get("/api/imports/" + id + "/problems").with(user(analyst)))
        .andExpect(jsonPath("$[0].line").value(3))
        .andExpect(jsonPath("$[0].column").value("occurred_at"))
        .andExpect(jsonPath("$[0].value").value("someday"));
  }

  @Test
  void theRejectsFileIsAnAuditedAttachmentNeverShownInline() throws Exception {
    long id = startAs(analyst, "all-or-nothing");
    assertThat(awaitEnd(analyst, id).get("status").asString()).isEqualTo("refused");

    mvc.perform(get("/api/imports/" + id + "/rejects").with(user(analyst)))
        .andExpect(status().isOk())
        .andExpect(
            header()
                .string("Content-Disposition", "attachment; filename=\"rejects-" + id + ".csv\""))
        .andExpect(header().string("X-Content-Type-Options", "nosniff"))
        .andExpect(
            content()
                .string(
                    org.hamcrest.Matchers.containsString("W-2,shots_fired,someday,New Haven,3,")));
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_event where site_id = :s and action = 'export'"
                        + " and record_type = 'import_run'")
                .param("s", site.id())
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void eachRoleMayStartExactlyTheKindsItsPolicyLetsItWrite() throws Exception {
    List<String> mismatches = new ArrayList<>();
    for (Importer kind : imports.kinds()) {
      for (Role role : Role.values()) {
        int status =
            mvc.perform(
                    upload(kind.kind(), "x" + kind.fileTypes().get(0), "nothing,here\n")
                        .param("sourceSystem", "x-rms")
                        .with(user(site.user(role)))
                        .with(csrf()))
                .andReturn()
                .getResponse()
                .getStatus();
        boolean allowed = policy.canWrite(role, kind.compartment());
        if (allowed != (status == 202)) {
          mismatches.add(kind.kind() + " as " + role + " -> " + status);
        }
        if (!allowed && status != 403) {
          mismatches.add(kind.kind() + " as " + role + " not refused with 403: " + status);
        }
      }
    }
    assertThat(mismatches).isEmpty();
  }

  @Test
  void aRefusedUploadLeavesNoCopyOfTheFileBehind() throws Exception {
    java.util.Set<String> before = uploads();
    mvc.perform(
            upload("incidents", "w.csv", CSV)
                .param("sourceSystem", "w-rms")
                .with(user(site.user(Role.RESEARCHER)))
                .with(csrf()))
        .andExpect(status().isForbidden());
    mvc.perform(
            upload("incidents", "w.csv", CSV)
                .param("sourceSystem", "Not A System!")
                .with(user(analyst))
                .with(csrf()))
        .andExpect(status().isUnprocessableContent());
    java.util.Set<String> left = uploads();
    left.removeAll(before);
    assertThat(left).as("temporary copies of refused uploads").isEmpty();
  }

  /** The temporary copies of uploaded files waiting for or used by an import. */
  static java.util.Set<String> uploads() throws java.io.IOException {
    try (var files =
        java.nio.file.Files.list(java.nio.file.Path.of(System.getProperty("java.io.tmpdir")))) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(n -> n.startsWith("ceasefire-import") && n.endsWith(".upload"))
          .collect(java.util.stream.Collectors.toCollection(java.util.HashSet::new));
    }
  }

  @Test
  void anImportIsHiddenFromRolesThatMayNotReadItsRecords() throws Exception {
    long id = startAs(analyst, "all-or-nothing");
    awaitEnd(analyst, id);

    for (Role role : List.of(Role.OUTREACH, Role.RESEARCHER, Role.AUDITOR, Role.SUPERVISION)) {
      mvc.perform(get("/api/imports/" + id).with(user(site.user(role))))
          .andExpect(status().isNotFound());
      mvc.perform(get("/api/imports/" + id + "/rejects").with(user(site.user(role))))
          .andExpect(status().isNotFound());
    }
    mvc.perform(get("/api/imports/" + id).with(user(site.user(Role.PROSECUTOR))))
        .andExpect(status().isOk());
    TestSites.TestSite other = TestSites.create(sites);
    mvc.perform(get("/api/imports/" + id).with(user(other.user(Role.ANALYST))))
        .andExpect(status().isNotFound());
  }

  @Test
  void anUploadOfAnotherFileTypeIsRefusedAndRecordsNothing() throws Exception {
    long before = imports.recent(analyst).size();

    mvc.perform(
            upload("incidents", "shell.jsp", "<% out.println(1); %>")
                .param("sourceSystem", "w-rms")
                .with(user(analyst))
                .with(csrf()))
        .andExpect(status().isUnsupportedMediaType());
    mvc.perform(
            upload("incidents", "w.csv", CSV)
                .param("sourceSystem", "Not A System!")
                .with(user(analyst))
                .with(csrf()))
        .andExpect(status().isUnprocessableContent())
        .andExpect(content().string(org.hamcrest.Matchers.containsString("sourceSystem")));
    mvc.perform(upload("incidents", "w.csv", CSV).with(user(analyst)))
        .andExpect(status().isForbidden()); // no CSRF token

    assertThat(imports.recent(analyst)).hasSize((int) before);
  }
}
