package org.ceasefire.faults;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Role;
import org.ceasefire.access.Sites;
import org.ceasefire.analytics.cli.Mutations;
import org.ceasefire.testing.CeasefireTest;
import org.ceasefire.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Broken and hostile JSON bodies into every API endpoint that takes one: not JSON, the wrong shape,
 * a field of the wrong kind, text holding a NUL (which no PostgreSQL text can hold), huge text and
 * numbers out of range. The answer is a 4xx naming what is wrong, never a 5xx. Endpoints and their
 * body types come from the application's own mappings, so a new one is covered without listing it.
 */
@CeasefireTest
class ApiBodyFuzzTest {

  static final String[] BROKEN = {"", "{", "}", "null", "[]", "\"text\"", "42", "{\"a\":", "{,}"};

  static final String[] NASTY_JSON = {
    "\"a\\u0000b\"",
    "\"\\u0000\"",
    "{}",
    "[]",
    "[\"a\\u0000\"]",
    "null",
    "true",
    "-1",
    "1e400",
    "9223372036854775808",
    "\"" + "x".repeat(5000) + "\"",
    "\"2026-02-30\"",
    "\"9999-12-31T23:59\"",
    "\"<script>\"",
    "\"'; drop table person;--\""
  };

  @Autowired MockMvc mvc;
  @Autowired Sites sites;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  @Test
  void noBrokenOrHostileBodyMakesTheApiAnswer5xx() throws Exception {
    TestSites.TestSite site = TestSites.create(sites);
    List<Endpoint> endpoints = endpoints();
    assertThat(endpoints).hasSizeGreaterThan(5);
    SplittableRandom r = new SplittableRandom(Mutations.seed());
    int rounds = Mutations.iterations(6);
    List<Role> roles = List.of(Role.COORDINATOR, Role.ANALYST, Role.PROSECUTOR);
    int sent = 0;
    for (Endpoint e : endpoints) {
      CeasefireUser coordinator = site.user(Role.COORDINATOR);
      for (String body : BROKEN) {
        expectNo5xx(e, body, coordinator);
        sent++;
      }
      List<String> fields = fields(e.body());
      // each field alone holding each hostile value, the rest valid
      for (String field : fields) {
        for (String nasty : NASTY_JSON) {
          expectNo5xx(e, json(e.body(), field, nasty, null), coordinator);
          sent++;
        }
      }
      // every field at once, each valid or hostile at random
      for (int i = 0; i < rounds; i++) {
        expectNo5xx(e, json(e.body(), null, null, r), site.user(roles.get(i % roles.size())));
        sent++;
      }
    }
    assertThat(sent).isGreaterThan(endpoints.size() * BROKEN.length);
  }

  private void expectNo5xx(Endpoint e, String body, CeasefireUser user) throws Exception {
    MvcResult result =
        mvc.perform(
                request(e.method(), e.path())
                    .contentType(MediaType.APPLICATION_JSON)
                    .content(body)
                    .with(user(user))
                    .with(csrf()))
            .andReturn();
    assertThat(result.getResponse().getStatus())
        .as(
            "%s %s as %s with %s answered %s",
            e.method(),
            e.path(),
            user.role(),
            body.length() > 300 ? body.substring(0, 300) + "..." : body,
            result.getResponse().getContentAsString())
        .isLessThan(500);
  }

  /** The body's top-level field names (none unless it is a record). */
  private static List<String> fields(Type type) {
    if (type instanceof Class<?> c && c.isRecord()) {
      List<String> out = new ArrayList<>();
      for (RecordComponent rc : c.getRecordComponents()) {
        out.add(rc.getName());
      }
      return out;
    }
    return List.of();
  }

  /**
   * A valid-looking JSON value of {@code type}; with {@code field} its value is {@code value}; with
   * {@code random} each field is a hostile value one time in three.
   */
  private static String json(Type type, String field, String value, SplittableRandom random) {
    return json(type, field, value, random, 0);
  }

  private static String json(
      Type type, String field, String value, SplittableRandom random, int depth) {
    Class<?> raw = raw(type);
    if (raw.isRecord() && depth < 4) {
      StringBuilder out = new StringBuilder("{");
      for (RecordComponent rc : raw.getRecordComponents()) {
        out.append(out.length() > 1 ? "," : "").append('"').append(rc.getName()).append("\":");
        if (depth == 0 && rc.getName().equals(field)) {
          out.append(value);
        } else if (random != null && random.nextInt(3) == 0) {
          out.append(NASTY_JSON[random.nextInt(NASTY_JSON.length)]);
        } else {
          out.append(json(rc.getGenericType(), null, null, random, depth + 1));
        }
      }
      return out.append('}').toString();
    }
    if (Collection.class.isAssignableFrom(raw) && type instanceof ParameterizedType p) {
      return "[" + json(p.getActualTypeArguments()[0], null, null, random, depth + 1) + "]";
    }
    if (Map.class.isAssignableFrom(raw)) {
      return "{}";
    }
    if (raw.isEnum()) {
      return "\"" + raw.getEnumConstants()[0] + "\"";
    }
    if (raw == boolean.class || raw == Boolean.class) {
      return "false";
    }
    if (raw.isPrimitive() || Number.class.isAssignableFrom(raw)) {
      return "1";
    }
    if (Temporal.class.isAssignableFrom(raw)) {
      return raw.getSimpleName().contains("DateTime") ? "\"2026-01-01T10:00\"" : "\"2026-01-01\"";
    }
    return "\"text\"";
  }

  private static Class<?> raw(Type type) {
    if (type instanceof Class<?> c) {
      return c;
    }
    if (type instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    return Object.class;
  }

  record Endpoint(HttpMethod method, String path, Type body) {}

  private List<Endpoint> endpoints() {
    List<Endpoint> out = new ArrayList<>();
    for (Map.Entry<RequestMappingInfo, HandlerMethod> m : mappings.getHandlerMethods().entrySet()) {
      Type body = null;
      for (MethodParameter p : m.getValue().getMethodParameters()) {
        if (p.hasParameterAnnotation(RequestBody.class)) {
          body = p.getGenericParameterType();
        }
      }
      if (body == null) {
        continue;
      }
      for (RequestMethod method : m.getKey().getMethodsCondition().getMethods()) {
        for (String pattern : m.getKey().getPatternValues()) {
          if (pattern.startsWith("/api/")) {
            out.add(
                new Endpoint(method.asHttpMethod(), pattern.replaceAll("\\{[^}]*}", "1"), body));
          }
        }
      }
    }
    // in a fixed order: the mappings come in classpath order, which differs between checkouts,
    // and the random values are drawn in endpoint order, so a seed reruns exactly only so
    out.sort(
        java.util.Comparator.comparing(
            (Endpoint e) -> e.path() + " " + e.method() + " " + e.body()));
    return out;
  }
}
