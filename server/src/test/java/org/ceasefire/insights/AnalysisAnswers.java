package org.ceasefire.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.ceasefire.access.CeasefireUser;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reads an analysis from the API as its pages do: while the job runs (202), asks again. */
final class AnalysisAnswers {

  private AnalysisAnswers() {}

  static JsonNode whenReady(MockMvc mvc, JsonMapper json, String path, CeasefireUser as)
      throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
    while (true) {
      var response = mvc.perform(get(path).with(user(as))).andReturn().getResponse();
      JsonNode body = json.readTree(response.getContentAsString(StandardCharsets.UTF_8));
      if (response.getStatus() != 202 || System.nanoTime() > deadline) {
        return body;
      }
      assertThat(body.get("status").asString()).isEqualTo("running");
      Thread.sleep(100);
    }
  }
}
