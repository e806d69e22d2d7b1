package org.ceasefire.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ceasefire.platform.ValidationException;
import org.jspecify.annotations.Nullable;
import org.springframework.web.multipart.MultipartFile;

/** Uploaded files saved where an import job can read them after the request has ended. */
final class ImportUploads {

  private ImportUploads() {}

  static Imports.Source source(
      @Nullable MultipartFile file,
      @Nullable MultipartFile mapping,
      @Nullable String sourceSystem,
      @Nullable String mode) {
    if (file == null || file.isEmpty()) {
      throw ValidationException.of("file", "choose a file to import", "");
    }
    boolean hasMapping = mapping != null && !mapping.isEmpty();
    return new Imports.Source(
        save(file),
        name(file),
        hasMapping ? save(mapping) : null,
        hasMapping ? name(mapping) : null,
        sourceSystem,
        mode);
  }

  private static String name(MultipartFile file) {
    String original = file.getOriginalFilename();
    String base =
        original == null || original.isBlank()
            ? "upload"
            : Path.of(original).getFileName().toString();
    return base.length() > 200 ? base.substring(base.length() - 200) : base;
  }

  private static Path save(MultipartFile file) {
    try {
      Path target = Files.createTempFile("ceasefire-import", ".upload");
      file.transferTo(target);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep the uploaded file", e);
    }
  }
}
