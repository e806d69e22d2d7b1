package org.ceasefire.demo;

import java.util.LinkedHashMap;
import java.util.Map;
import org.ceasefire.access.Sites;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the demo region on the first start of {@code ./ceasefire demo} (never again: its site code
 * marks it as loaded) and prints the demo logins.
 */
@Component
@ConditionalOnProperty(name = "ceasefire.demo.load", havingValue = "true")
class DemoLoader {

  static final String SITE_CODE = "ct-demo";
  private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);

  private final Sites sites;
  private final TransactionTemplate transaction;

  DemoLoader(Sites sites, TransactionTemplate transaction) {
    this.sites = sites;
    this.transaction = transaction;
  }

  @EventListener(ApplicationReadyEvent.class)
  void loadOnFirstStart() {
    if (sites.findSite(SITE_CODE).isEmpty()) {
      log.info("Loading the demo region (first start)...");
      transaction.executeWithoutResult(status -> load());
    }
    printLogins();
  }

  private void load() {
    long site =
        sites.createSite(
            SITE_CODE, "District of Connecticut PSN (demo)", -72.7, 41.5, /* synthetic */ true);
    Map<String, Long> agencies = new LinkedHashMap<>();
    for (DemoLogins.Login login : DemoLogins.ALL) {
      long agency =
          agencies.computeIfAbsent(
              login.agency(), name -> sites.createAgency(site, name, DemoLogins.agencyType(name)));
      long user =
          sites.createUser(
              site,
              login.username(),
              login.displayName(),
              DemoLogins.PASSWORD,
              login.role(),
              agency);
      sites.enrolKnownSecondFactor(site, user, DemoSecondFactor.SECRET);
    }
  }

  private static void printLogins() {
    StringBuilder text = new StringBuilder();
    text.append("\n\n  Ceasefire demo is running. Sign in with one of these (password: ")
        .append(DemoLogins.PASSWORD)
        .append(")\n  then the code of the second factor: add the demo key ")
        .append(DemoSecondFactor.SECRET.grouped())
        .append(
            "\n  to any authenticator app, or run `./ceasefire totp` for the current code.\n\n");
    for (DemoLogins.Login login : DemoLogins.ALL) {
      text.append(String.format("    %-15s %s%n", login.username(), login.role().label()));
    }
    System.out.println(text);
  }
}
