package org.ceasefire.demo;

import java.nio.file.Path;
import java.util.List;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Sites;
import org.ceasefire.imports.ImportRun;
import org.ceasefire.imports.Imports;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Loads the files of {@link DemoImportFiles} through the import engine as the demo analyst, as a
 * partner's records system would be loaded: incidents, then participants, then firearms, each one
 * import (one transaction, audited, with its import record). A refused or failed import stops the
 * load with the import's message.
 */
@Component
class DemoImport {

  private static final Logger log = LoggerFactory.getLogger(DemoImport.class);
  private static final List<String[]> FILES =
      List.of(
          new String[] {"incidents", DemoImportFiles.INCIDENTS},
          new String[] {"participants", DemoImportFiles.PARTICIPANTS},
          new String[] {"firearms", DemoImportFiles.FIREARMS});

  private final Imports imports;
  private final Sites sites;

  DemoImport(Imports imports, Sites sites) {
    this.imports = imports;
    this.sites = sites;
  }

  void load(Path dir) {
    CeasefireUser analyst =
        sites
            .user("analyst")
            .orElseThrow(() -> new IllegalStateException("the demo analyst is missing"));
    for (String[] kindAndFile : FILES) {
      long started = System.nanoTime();
      Path file = dir.resolve(kindAndFile[1]);
      double[] logged = {0};
      ImportRun run =
          imports.run(
              analyst,
              kindAndFile[0],
              new Imports.Source(
                  file, kindAndFile[1], null, null, IncidentRows.SOURCE_SYSTEM, "all-or-nothing"),
              p -> {
                if (p.fraction() >= logged[0] + 0.25) {
                  logged[0] = p.fraction();
                  log.info("Demo import of {}: {} {} rows", kindAndFile[1], p.phase(), p.rows());
                }
              });
      if (!run.applied()) {
        throw new IllegalStateException(
            "the demo import of "
                + kindAndFile[1]
                + " ended "
                + run.status()
                + (run.message() == null ? "" : ": " + run.message())
                + " (see /imports/"
                + run.id()
                + "); start again on a fresh data folder");
      }
      log.info(
          "Demo import of {}: read {}, inserted {}, in {} s",
          kindAndFile[1],
          run.rowsRead(),
          run.inserted(),
          (System.nanoTime() - started) / 1_000_000_000);
    }
  }
}
