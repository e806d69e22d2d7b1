package org.ceasefire.imports;

import jakarta.annotation.PreDestroy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ceasefire.access.AccessPolicy;
import org.ceasefire.access.Action;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Compartment;
import org.ceasefire.audit.AuditTrail;
import org.ceasefire.platform.NotFoundException;
import org.ceasefire.platform.SiteScope;
import org.ceasefire.platform.ValidationException;
import org.ceasefire.platform.Validator;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.web.server.ResponseStatusException;

/**
 * Runs imports: checks who may import what, keeps the import record, runs the kind's {@link
 * Importer} as a job (one at a time, in the background for the web, in the caller's thread for the
 * command line) and answers what a running import has done so far. Record-level access: an import
 * is seen by whoever started it and by the readers of its kind's compartment.
 */
@Service
public class Imports {

  private static final Logger log = LoggerFactory.getLogger(Imports.class);
  private static final List<String> MAPPING_TYPES = List.of(".properties", ".txt", ".map");

  private final Map<String, Importer> importers;
  private final ImportRunRepository runs;
  private final ImportExecution execution;
  private final AccessPolicy policy;
  private final AuditTrail audit;
  private final SiteScope scope;
  private final boolean markInterrupted;
  private final Map<Long, ImportProgress> running = new ConcurrentHashMap<>();
  private final ExecutorService background =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "ceasefire-import");
            t.setDaemon(true);
            return t;
          });

  Imports(
      List<Importer> importers,
      ImportRunRepository runs,
      ImportExecution execution,
      AccessPolicy policy,
      AuditTrail audit,
      SiteScope scope,
      @org.springframework.beans.factory.annotation.Value(
              "${ceasefire.imports.mark-interrupted:true}")
          boolean markInterrupted) {
    this.markInterrupted = markInterrupted;
    this.importers =
        importers.stream()
            .collect(
                Collectors.toMap(
                    Importer::kind, Function.identity(), (a, b) -> a, java.util.TreeMap::new));
    this.runs = runs;
    this.execution = execution;
    this.policy = policy;
    this.audit = audit;
    this.scope = scope;
  }

  /** What is to be imported: the file, the optional mapping, the source system, the mode. */
  public record Source(
      Path file,
      String fileName,
      @Nullable Path mapping,
      @Nullable String mappingName,
      @Nullable String sourceSystem,
      @Nullable String mode) {}

  /** Every kind, in name order. */
  public List<Importer> kinds() {
    return List.copyOf(importers.values());
  }

  /** The kinds this user may import. */
  public List<Importer> kindsFor(CeasefireUser user) {
    return importers.values().stream()
        .filter(i -> policy.canWrite(user.role(), i.compartment()))
        .toList();
  }

  public Importer kind(String kind) {
    Importer importer = importers.get(kind);
    if (importer == null) {
      throw ValidationException.of("kind", "must be one of " + importers.keySet(), kind);
    }
    return importer;
  }

  /**
   * Checks and records the import, then runs it in the background. The files must stay in place
   * until it ends; this service deletes them then. A refused request records nothing.
   */
  public ImportRun start(CeasefireUser user, String kind, Source source) {
    Prepared p;
    try {
      p = scope.call(user.siteId(), () -> prepare(user, kind, source));
    } catch (RuntimeException refused) {
      deleteFiles(source); // nothing of a refused upload is kept, not even its temporary copy
      throw refused;
    }
    ImportProgress progress = new ImportProgress();
    running.put(p.id(), progress);
    background.submit(
        () -> {
          try {
            execute(user, p, progress, pr -> {});
          } catch (RuntimeException e) {
            log.error("Import {} failed unexpectedly", p.id(), e);
          } finally {
            deleteFiles(source);
          }
        });
    return scope.call(user.siteId(), () -> view(user, p.id()));
  }

  /** Checks, records and runs the import on this thread; {@code listener} hears its progress. */
  public ImportRun run(
      CeasefireUser user, String kind, Source source, Consumer<Progress> listener) {
    Prepared p = scope.call(user.siteId(), () -> prepare(user, kind, source));
    ImportProgress progress = new ImportProgress();
    running.put(p.id(), progress);
    execute(user, p, progress, pr -> listener.accept(Progress.of(pr)));
    return scope.call(user.siteId(), () -> runs.find(user.siteId(), p.id()).orElseThrow());
  }

  /** Progress of a running import as callers see it. */
  public record Progress(String phase, double fraction, long rows) {
    static Progress of(ImportProgress p) {
      return new Progress(p.phase(), p.fraction(), p.rows());
    }
  }

  /** The import's progress while it runs; empty once it has ended. */
  public Optional<Progress> progress(CeasefireUser user, long id) {
    return progress(view(user, id));
  }

  /** The progress of an import the caller has already read with {@link #view}. */
  public Optional<Progress> progress(ImportRun run) {
    return Optional.ofNullable(running.get(run.id())).map(Progress::of);
  }

  /** Asks a queued or running import to stop; it rolls back wholly. */
  public void cancel(CeasefireUser user, long id) {
    ImportRun run = view(user, id);
    if (run.startedBy() != user.id()
        && !policy.canWrite(user.role(), Compartment.valueOf(run.compartment()))) {
      throw new org.ceasefire.platform.AccessDeniedException(
          "Only who started an import, or a writer of its records, may cancel it");
    }
    ImportProgress progress = running.get(id);
    if (progress == null || run.finished()) {
      throw ValidationException.of("status", "the import has already ended", run.status());
    }
    progress.cancel();
  }

  /** One import record, if the user may see it. */
  public ImportRun view(CeasefireUser user, long id) {
    ImportRun run = runs.find(user.siteId(), id).orElseThrow(() -> notFound(id));
    if (!maySee(user, run)) {
      throw notFound(id);
    }
    return run;
  }

  /** The recent imports the user may see, newest first. */
  public List<ImportRun> recent(CeasefireUser user) {
    return runs.recent(user.siteId(), 200).stream().filter(r -> maySee(user, r)).toList();
  }

  public List<ImportRun.Problem> problems(CeasefireUser user, long id, int limit) {
    view(user, id);
    return runs.problems(user.siteId(), id, Math.max(1, Math.min(limit, 10_000)));
  }

  /**
   * Writes the rejects file: the file's header plus {@code rejected_line,rejected_because}, then
   * each rejected row as it stood with its line and problems. Audited as an export.
   */
  public void writeRejects(CeasefireUser user, long id, java.io.Writer out) {
    ImportRun run = view(user, id);
    audit.exported(user, "import_run", "rejects of import " + id + " (" + run.rejected() + ")");
    try {
      out.write(
          (run.fileHeader() == null ? "" : run.fileHeader() + ",")
              + "rejected_line,rejected_because\n");
      runs.eachRejectedRow(
          user.siteId(),
          id,
          (line, raw, why) -> {
            try {
              out.write(
                  (raw == null ? "" : raw + ",")
                      + line
                      + ","
                      + CsvRows.encode(List.of(why))
                      + "\n");
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Imports that were running when the server last stopped are marked interrupted (not by the
   * command-line tools, which may run beside a server that is importing).
   */
  @EventListener(ApplicationReadyEvent.class)
  void markInterrupted() {
    if (!markInterrupted) {
      return;
    }
    int n = scope.system(runs::interrupted);
    if (n > 0) {
      log.warn("{} import(s) were interrupted by the last shutdown; none of them was kept", n);
    }
  }

  @PreDestroy
  void stop() {
    running.values().forEach(ImportProgress::cancel);
    background.shutdownNow();
  }

  private boolean maySee(CeasefireUser user, ImportRun run) {
    return run.startedBy() == user.id()
        || policy.canRead(user.role(), Compartment.valueOf(run.compartment()));
  }

  /** A checked import waiting to run. */
  record Prepared(long id, Importer importer, Source source, ImportMode mode) {}

  private Prepared prepare(CeasefireUser user, String kind, Source source) {
    Importer importer = kind(kind);
    policy.check(user.role(), importer.compartment(), Action.WRITE);
    requireType("file", source.fileName(), importer.fileTypes());
    if (source.mappingName() != null) {
      requireType("mapping", source.mappingName(), MAPPING_TYPES);
    }
    Validator v = new Validator();
    ImportMode mode = ImportMode.parse(source.mode());
    v.check(mode != null, "mode", "must be all-or-nothing or good-rows-only", source.mode());
    String system = source.sourceSystem() == null ? null : source.sourceSystem().strip();
    if (importer.needsSourceSystem()) {
      v.require("sourceSystem", system);
      v.check(
          system == null || system.isEmpty() || system.matches("[a-z0-9][a-z0-9_.-]{1,39}"),
          "sourceSystem",
          "2 to 40 lower-case letters, digits, '.', '_' or '-', e.g. hartford-rms",
          system);
    }
    v.throwIfInvalid();
    long id =
        runs.create(
            user.siteId(),
            kind,
            importer.compartment().name(),
            source.fileName(),
            sha256(source.file()),
            size(source.file()),
            source.mappingName(),
            importer.needsSourceSystem() ? system : null,
            mode,
            user.id());
    return new Prepared(id, importer, source, mode);
  }

  private void execute(
      CeasefireUser user, Prepared p, ImportProgress progress, Consumer<ImportProgress> listener) {
    try {
      scope.run(user.siteId(), () -> runs.started(user.siteId(), p.id()));
      execution.execute(user, p, progress, listener);
    } finally {
      running.remove(p.id());
    }
  }

  private static void requireType(String field, String name, List<String> types) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (types.stream().noneMatch(lower::endsWith)) {
      throw new ResponseStatusException(
          HttpStatus.UNSUPPORTED_MEDIA_TYPE,
          field + ": '" + name + "' is not one of the accepted file types " + types);
    }
  }

  private static String sha256(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      byte[] buffer = new byte[1 << 16];
      int n;
      while ((n = in.read(buffer)) > 0) {
        digest.update(buffer, 0, n);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the uploaded file", e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteFiles(Source source) {
    deleteQuietly(source.file());
    if (source.mapping() != null) {
      deleteQuietly(source.mapping());
    }
  }

  private static void deleteQuietly(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      log.warn("Could not delete the temporary file of an import: {}", e.getMessage());
    }
  }

  private static NotFoundException notFound(long id) {
    return new NotFoundException("import", id);
  }
}
