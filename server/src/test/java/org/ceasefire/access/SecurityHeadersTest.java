package org.ceasefire.access;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

import org.ceasefire.testing.CeasefireTest;
import org.ceasefire.testing.TestSites;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The headers every answer carries (checklist A6; the checks of OWASP ZAP's passive rules 10010,
 * 10011, 10020, 10021, 10038, 10035): a content security policy that allows only our own scripts
 * and no framing, frame denial, no MIME sniffing, a referrer policy, no caching of signed-in pages,
 * and HSTS over TLS only.
 */
@CeasefireTest
class SecurityHeadersTest {

  @Autowired MockMvc mvc;
  @Autowired Sites sites;

  @Test
  void everyPageCarriesTheSecurityHeaders() throws Exception {
    CeasefireUser analyst = TestSites.create(sites).user(Role.ANALYST);
    for (String path : new String[] {"/login", "/incidents", "/api/incidents"}) {
      mvc.perform(get(path).with(user(analyst)))
          .andExpect(
              header()
                  .string(
                      "Content-Security-Policy",
                      Matchers.allOf(
                          Matchers.containsString("default-src 'self'"),
                          Matchers.containsString("script-src 'self'"),
                          Matchers.containsString("object-src 'none'"),
                          Matchers.containsString("frame-ancestors 'none'"))))
          .andExpect(header().string("X-Frame-Options", "DENY"))
          .andExpect(header().string("X-Content-Type-Options", "nosniff"))
          .andExpect(header().string("Referrer-Policy", "same-origin"))
          .andExpect(header().string("Cache-Control", Matchers.containsString("no-store")));
    }
  }

  @Test
  void sendsStrictTransportSecurityOverTlsOnly() throws Exception {
    mvc.perform(get("/login").secure(true))
        .andExpect(
            header().string("Strict-Transport-Security", Matchers.containsString("max-age=")));
    mvc.perform(get("/login")).andExpect(header().doesNotExist("Strict-Transport-Security"));
  }
}
