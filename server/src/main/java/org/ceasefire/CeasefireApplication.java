package org.ceasefire;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ceasefire.audit.AuditCommand;
import org.ceasefire.backup.BackupCommand;
import org.ceasefire.demo.DemoExport;
import org.ceasefire.demo.DemoSecondFactor;
import org.ceasefire.imports.ImportCommand;
import org.springframework.boot.Banner;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.context.ConfigurableApplicationContext;

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
    if (mode.equals("demo-export")) {
      System.exit(DemoExport.run(rest));
    }
    SpringApplication app = new SpringApplication(CeasefireApplication.class);
    if (mode.equals("audit")) {
      System.exit(tool(app, context -> AuditCommand.run(context, rest, System.out)));
    }
    if (mode.equals("backup")) {
      System.exit(
          tool(app, context -> BackupCommand.backup(context, rest, System.out, System.err)));
    }
    if (mode.equals("restore")) {
      System.exit(
          tool(app, context -> BackupCommand.restore(context, rest, System.out, System.err)));
    }
    if (mode.equals("import")) {
      System.exit(tool(app, context -> ImportCommand.run(context, rest, System.out, System.err)));
    }
    switch (mode) {
      case "demo" -> app.setAdditionalProfiles("demo");
      case "serve" -> app.setAdditionalProfiles("serve");
      default -> {
        System.err.println(
            "ceasefire: unknown command '"
                + mode
                + "' (try: demo, serve, analyze, import, backup, restore, audit verify, totp, demo-export, help)");
        System.exit(2);
      }
    }
    app.run(joinOptionValues(rest));
  }

  /**
   * Lets {@code --scale 100} mean {@code --scale=100} (also --seed, --incidents), as Spring only
   * reads the latter.
   */
  static String[] joinOptionValues(String[] args) {
    List<String> joined = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      boolean valued =
          args[i].equals("--scale") || args[i].equals("--seed") || args[i].equals("--incidents");
      if (valued && i + 1 < args.length && !args[i + 1].startsWith("-")) {
        joined.add(args[i] + "=" + args[++i]);
      } else {
        joined.add(args[i]);
      }
    }
    return joined.toArray(String[]::new);
  }

  /**
   * Runs a command against the database without the web server: the external database when {@code
   * CEASEFIRE_DB_URL} is set, otherwise the embedded one (which must not be in use).
   */
  private static int tool(
      SpringApplication app,
      java.util.function.ToIntFunction<ConfigurableApplicationContext> command) {
    app.setWebApplicationType(WebApplicationType.NONE);
    app.setBannerMode(Banner.Mode.OFF);
    app.setLogStartupInfo(false);
    app.setAdditionalProfiles(System.getenv("CEASEFIRE_DB_URL") != null ? "serve" : "tool");
    ConfigurableApplicationContext started;
    try {
      started =
          app.run(
              "--ceasefire.demo.load=false",
              "--ceasefire.intelligence.catch-up=false",
              "--ceasefire.imports.mark-interrupted=false",
              "--logging.level.root=warn");
    } catch (RuntimeException e) {
      return 3; // Spring Boot has said why (e.g. the data folder is in use)
    }
    try (ConfigurableApplicationContext context = started) {
      return command.applyAsInt(context);
    }
  }

  private static String[] tail(String[] args) {
    return Arrays.copyOfRange(args, 1, args.length);
  }
}
