package org.ceasefire.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/** Files to import in tests: real files on disk, written line by line. */
public final class ImportTestData {

  private ImportTestData() {}

  public static Path file(Path dir, String name, String... lines) {
    try {
      Path file = dir.resolve(name);
      Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Imports.Source source(Path file, @Nullable String system, @Nullable String mode) {
    return new Imports.Source(file, file.getFileName().toString(), null, null, system, mode);
  }

  public static Imports.Source source(
      Path file, Path mapping, @Nullable String system, @Nullable String mode) {
    return new Imports.Source(
        file,
        file.getFileName().toString(),
        mapping,
        mapping.getFileName().toString(),
        system,
        mode);
  }
}
