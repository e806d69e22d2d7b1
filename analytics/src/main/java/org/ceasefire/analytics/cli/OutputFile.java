package org.ceasefire.analytics.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ceasefire.analytics.io.Json;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/** The {@code --out} option shared by the spatial methods: a JSON file, or stdout when omitted. */
final class OutputFile {

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "JSON result file (default: standard output).")
  @Nullable Path out;

  void write(CommandSpec spec, Object result) {
    String json = Json.write(result);
    if (out == null) {
      spec.commandLine().getOut().println(json);
      spec.commandLine().getOut().flush();
      return;
    }
    try {
      Files.writeString(out, json + "\n", StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new InputException("--out " + out + ": cannot write: " + e.getMessage());
    }
  }
}
