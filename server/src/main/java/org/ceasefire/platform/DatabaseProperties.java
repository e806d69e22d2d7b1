package org.ceasefire.platform;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where Ceasefire keeps its data.
 *
 * @param mode {@code embedded} (a PostgreSQL started from the binaries shipped as a dependency) or
 *     {@code external} (the server named by {@code spring.datasource.*})
 * @param dataDir the embedded database's folder, kept across restarts
 * @param port the embedded database's port; 0 picks a free one
 * @param clean wipe the folder at start (tests only)
 * @param durable fsync and synchronous commit on (default); off only for throwaway test databases
 */
@ConfigurationProperties("ceasefire.database")
public record DatabaseProperties(
    String mode, Path dataDir, int port, boolean clean, @DefaultValue("true") boolean durable) {

  public DatabaseProperties {
    if (mode == null || mode.isBlank()) {
      mode = "embedded";
    }
    if (!mode.equals("embedded") && !mode.equals("external")) {
      throw new IllegalArgumentException(
          "ceasefire.database.mode must be 'embedded' or 'external', not '" + mode + "'");
    }
    if (dataDir == null) {
      dataDir = Path.of(System.getProperty("user.home"), ".ceasefire", "data");
    }
  }

  public boolean embedded() {
    return mode.equals("embedded");
  }
}
