package org.ceasefire.imports;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Sites;
import org.ceasefire.platform.AccessDeniedException;
import org.ceasefire.platform.SiteScope;
import org.ceasefire.platform.ValidationException;
import org.springframework.context.ApplicationContext;
import org.springframework.web.server.ResponseStatusException;

/**
 * {@code ./ceasefire import KIND FILE --user NAME [--source-system S] [--mapping F] [--mode M]
 * [--rejects F]}: the same import as the web page's, run in the foreground with a progress line, as
 * a named user (audited as theirs, with their access). Exit code 0 when loaded, 1 when refused,
 * cancelled or failed (the problems are printed), 2 on a usage error.
 */
public final class ImportCommand {

  private static final List<String> OPTIONS =
      List.of("--user", "--source-system", "--mapping", "--mode", "--rejects");

  private ImportCommand() {}

  public static int run(
      ApplicationContext context, String[] args, PrintStream out, PrintStream err) {
    Imports imports = context.getBean(Imports.class);
    Map<String, String> options = new HashMap<>();
    List<String> positional = new java.util.ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
      if (OPTIONS.contains(name)) {
        String value =
            arg.contains("=")
                ? arg.substring(arg.indexOf('=') + 1)
                : i + 1 < args.length ? args[++i] : null;
        if (value == null) {
          err.println("ceasefire import: " + name + " needs a value");
          return 2;
        }
        options.put(name, value);
      } else if (arg.startsWith("--")) {
        err.println("ceasefire import: unknown option " + arg + " (options: " + OPTIONS + ")");
        return 2;
      } else {
        positional.add(arg);
      }
    }
    if (positional.size() != 2 || !options.containsKey("--user")) {
      err.println(
          "usage: ceasefire import KIND FILE --user NAME [--source-system S] [--mapping F]"
              + " [--mode all-or-nothing|good-rows-only] [--rejects F]");
      err.println("kinds: " + imports.kinds().stream().map(Importer::kind).toList());
      return 2;
    }
    Path file = Path.of(positional.get(1));
    if (!Files.isReadable(file)) {
      err.println("ceasefire import: cannot read " + file);
      return 2;
    }
    String mapping = options.get("--mapping");
    if (mapping != null && !Files.isReadable(Path.of(mapping))) {
      err.println("ceasefire import: cannot read the mapping " + mapping);
      return 2;
    }
    CeasefireUser user = context.getBean(Sites.class).user(options.get("--user")).orElse(null);
    if (user == null || !user.enabled()) {
      err.println("ceasefire import: no enabled user " + options.get("--user"));
      return 2;
    }
    Imports.Source source =
        new Imports.Source(
            file,
            file.getFileName().toString(),
            mapping == null ? null : Path.of(mapping),
            mapping == null ? null : Path.of(mapping).getFileName().toString(),
            options.get("--source-system"),
            options.get("--mode"));
    ImportRun run;
    try {
      run = imports.run(user, positional.get(0), source, p -> progress(err, p));
    } catch (ValidationException e) {
      err.println("ceasefire import: " + e.getMessage());
      return 2;
    } catch (AccessDeniedException | ResponseStatusException e) {
      err.println("ceasefire import: " + e.getMessage());
      return 2;
    }
    err.println();
    report(context, user, run, out);
    String rejects = options.get("--rejects");
    if (rejects != null && run.rejected() > 0) {
      try (Writer w = Files.newBufferedWriter(Path.of(rejects), StandardCharsets.UTF_8)) {
        context
            .getBean(SiteScope.class)
            .run(user.siteId(), () -> imports.writeRejects(user, run.id(), w));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      out.println("Rejected rows written to " + rejects);
    }
    return run.applied() ? 0 : 1;
  }

  private static void progress(PrintStream err, Imports.Progress p) {
    err.printf(
        Locale.ROOT, "\r  %3.0f%%  %-14s %,d rows   ", p.fraction() * 100, p.phase(), p.rows());
    err.flush();
  }

  private static void report(
      ApplicationContext context, CeasefireUser user, ImportRun run, PrintStream out) {
    out.printf(
        Locale.ROOT,
        "Import %d of %s: %s. Read %,d, inserted %,d, updated %,d, unchanged %,d, rejected %,d,"
            + " warnings %,d.%n",
        run.id(),
        run.fileName(),
        run.status(),
        run.rowsRead(),
        run.inserted(),
        run.updated(),
        run.unchanged(),
        run.rejected(),
        run.warnings());
    if (run.message() != null) {
      out.println(run.message());
    }
    Imports imports = context.getBean(Imports.class);
    List<ImportRun.Problem> problems =
        context
            .getBean(SiteScope.class)
            .call(user.siteId(), () -> imports.problems(user, run.id(), 20));
    for (ImportRun.Problem p : problems) {
      out.println(
          "  "
              + run.fileName()
              + ":"
              + p.line()
              + ": "
              + p.severity()
              + ": column '"
              + p.column()
              + "'"
              + (p.value().isEmpty() ? "" : " value '" + p.value() + "'")
              + ": "
              + p.message());
    }
    if (run.rejected() + run.warnings() > problems.size()) {
      out.println("  ... (every problem is on the import's page, /imports/" + run.id() + ")");
    }
  }
}
