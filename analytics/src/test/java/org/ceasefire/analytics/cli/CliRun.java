package org.ceasefire.analytics.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One run of {@code analyze} in-process, capturing exit code and output. */
record CliRun(int exitCode, String out, String err) {

  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        AnalyzeCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
            .execute(args);
    return new CliRun(code, out.toString(), err.toString());
  }
}
