package org.ceasefire.imports;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** The record of one import: what was loaded, by whom, and what came of it. */
public record ImportRun(
    long id,
    String kind,
    String compartment,
    String fileName,
    String fileSha256,
    long fileBytes,
    @Nullable String mappingName,
    @Nullable String sourceSystem,
    String mode,
    String status,
    long rowsRead,
    long inserted,
    long updated,
    long unchanged,
    long rejected,
    long warnings,
    @Nullable String message,
    long startedBy,
    String startedByName,
    OffsetDateTime startedAt,
    @Nullable OffsetDateTime finishedAt,
    @Nullable String fileHeader) {

  public boolean finished() {
    return finishedAt != null;
  }

  /** Whether its rows were kept (wholly, or the good ones). */
  public boolean applied() {
    return status.equals("done");
  }

  /** One problem found in the file. */
  public record Problem(long line, String severity, String column, String value, String message) {}
}
