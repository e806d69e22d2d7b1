package org.ceasefire.platform;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where Ceasefire keeps its data.
 *
 * @param mode {@code embedded} (a PostgreSQL started from the binaries shipped as a dependency) or
 *     {@code external} (the server named by {@code spring.datasource.*})
 * @param dataDir the embedded database's folder, kept across restarts
 * @param port the embedded database's port; 0 picks a free one
 * @param clean wipe the folder at start (tests only)
 */
@ConfigurationProperties("ceasefire.database")
public record DatabaseProperties(String mode, Path dataDir, int port, boolean clean) {

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
