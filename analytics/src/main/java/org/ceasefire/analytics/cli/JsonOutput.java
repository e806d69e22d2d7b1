package org.ceasefire.analytics.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ceasefire.analytics.io.Json;
import org.jspecify.annotations.Nullable;

/** Writes a method's result as JSON to {@code --out FILE}, or to standard output without it. */
final class JsonOutput {

  private JsonOutput() {}

  static void write(Object result, @Nullable Path out, PrintWriter stdout) {
    text(Json.write(result) + "\n", out, stdout);
  }

  static void text(String text, @Nullable Path out, PrintWriter stdout) {
    if (out == null) {
      stdout.print(text);
      stdout.flush();
      return;
    }
    try {
      Files.writeString(out, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InputException(out + ": cannot write: " + e.getMessage());
    }
  }
}
