package org.ceasefire;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Ceasefire's server. The first argument chooses the mode: {@code demo} (embedded PostgreSQL with
 * the demo region) or {@code serve} (the PostgreSQL named by configuration).
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CeasefireApplication {

  public static void main(String[] args) {
    String mode = args.length > 0 && !args[0].startsWith("-") ? args[0] : "demo";
    String[] rest = args.length > 0 && !args[0].startsWith("-") ? tail(args) : args;
    SpringApplication app = new SpringApplication(CeasefireApplication.class);
    switch (mode) {
      case "demo" -> app.setAdditionalProfiles("demo");
      case "serve" -> app.setAdditionalProfiles("serve");
      default -> {
        System.err.println(
            "ceasefire: unknown command '" + mode + "' (try: demo, serve, analyze, help)");
        System.exit(2);
      }
    }
    app.run(joinOptionValues(rest));
  }

  /** Lets {@code --scale 100} mean {@code --scale=100}, as Spring only reads the latter. */
  static String[] joinOptionValues(String[] args) {
    List<String> joined = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      boolean valued = args[i].equals("--scale") || args[i].equals("--seed");
      if (valued && i + 1 < args.length && !args[i + 1].startsWith("-")) {
        joined.add(args[i] + "=" + args[++i]);
      } else {
        joined.add(args[i]);
      }
    }
    return joined.toArray(String[]::new);
  }

  private static String[] tail(String[] args) {
    return Arrays.copyOfRange(args, 1, args.length);
  }
}
