package org.ceasefire;

import java.time.Instant;
import java.util.Arrays;
import org.ceasefire.demo.DemoSecondFactor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Ceasefire's server. The first argument chooses the mode: {@code demo} (embedded PostgreSQL with
 * the demo region) or {@code serve} (the PostgreSQL named by configuration); {@code totp} prints
 * the demo users' current second-factor code without starting the server.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CeasefireApplication {

  public static void main(String[] args) {
    String mode = args.length > 0 && !args[0].startsWith("-") ? args[0] : "demo";
    String[] rest = args.length > 0 && !args[0].startsWith("-") ? tail(args) : args;
    if (mode.equals("totp")) {
      System.out.println(DemoSecondFactor.currentCode(Instant.now()));
      System.out.println(
          "(the demo users' second-factor code for the next few seconds; demo key "
              + DemoSecondFactor.SECRET.grouped()
              + ")");
      return;
    }
    SpringApplication app = new SpringApplication(CeasefireApplication.class);
    switch (mode) {
      case "demo" -> app.setAdditionalProfiles("demo");
      case "serve" -> app.setAdditionalProfiles("serve");
      default -> {
        System.err.println(
            "ceasefire: unknown command '" + mode + "' (try: demo, serve, analyze, totp, help)");
        System.exit(2);
      }
    }
    app.run(rest);
  }

  private static String[] tail(String[] args) {
    return Arrays.copyOfRange(args, 1, args.length);
  }
}
