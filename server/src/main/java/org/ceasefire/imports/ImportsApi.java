package org.ceasefire.imports;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.List;
import org.ceasefire.access.Action;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Compartment;
import org.ceasefire.access.Guarded;
import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Imports over HTTP. Each endpoint is declared {@link Compartment#ACCOUNT} (any signed-in user) and
 * the record-level rule is {@link Imports}': starting one needs write access to the kind's
 * compartment; an import record is seen by who started it and the readers of that compartment.
 */
@RestController
@RequestMapping("/api/imports")
@Tag(name = "Imports", description = "Load records from partners' systems (CSV, GeoJSON)")
class ImportsApi {

  private final Imports imports;

  ImportsApi(Imports imports) {
    this.imports = imports;
  }

  /** An import record as the API shows it, with its progress while it runs. */
  record ImportResponse(
      long id,
      String kind,
      String fileName,
      String fileSha256,
      @Nullable String mapping,
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
      String startedBy,
      OffsetDateTime startedAt,
      @Nullable OffsetDateTime finishedAt,
      Imports.@Nullable Progress progress) {
    static ImportResponse from(ImportRun r, Imports.@Nullable Progress progress) {
      return new ImportResponse(
          r.id(),
          r.kind(),
          r.fileName(),
          r.fileSha256(),
          r.mappingName(),
          r.sourceSystem(),
          r.mode(),
          r.status(),
          r.rowsRead(),
          r.inserted(),
          r.updated(),
          r.unchanged(),
          r.rejected(),
          r.warnings(),
          r.message(),
          r.startedByName(),
          r.startedAt(),
          r.finishedAt(),
          progress);
    }
  }

  /** A kind of import and its columns. */
  record KindResponse(
      String kind, String label, List<String> fileTypes, List<ImportColumn> columns) {
    static KindResponse from(Importer i) {
      return new KindResponse(i.kind(), i.label(), i.fileTypes(), i.columns());
    }
  }

  @GetMapping("/kinds")
  @Guarded(Compartment.ACCOUNT)
  @Operation(summary = "The kinds of import this user may start, with their columns")
  List<KindResponse> kinds(@AuthenticationPrincipal CeasefireUser me) {
    return imports.kindsFor(me).stream().map(KindResponse::from).toList();
  }

  @GetMapping
  @Guarded(Compartment.ACCOUNT)
  @Operation(summary = "Recent imports this user may see, newest first")
  List<ImportResponse> recent(@AuthenticationPrincipal CeasefireUser me) {
    return imports.recent(me).stream().map(r -> ImportResponse.from(r, null)).toList();
  }

  @PostMapping(value = "/{kind}", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Guarded(value = Compartment.ACCOUNT, action = Action.WRITE)
  @Operation(
      summary =
          "Start an import (multipart: file, optional mapping, sourceSystem, mode); it runs as a"
              + " job: poll the Location for its progress and result")
  ResponseEntity<ImportResponse> start(
      @AuthenticationPrincipal CeasefireUser me,
      @PathVariable String kind,
      @RequestPart(name = "file", required = false) @Nullable MultipartFile file,
      @RequestPart(name = "mapping", required = false) @Nullable MultipartFile mapping,
      @RequestParam(required = false) @Nullable String sourceSystem,
      @RequestParam(required = false) @Nullable String mode) {
    imports.kind(kind);
    ImportRun run =
        imports.start(me, kind, ImportUploads.source(file, mapping, sourceSystem, mode));
    return ResponseEntity.accepted()
        .location(URI.create("/api/imports/" + run.id()))
        .body(ImportResponse.from(run, imports.progress(run).orElse(null)));
  }

  @GetMapping("/{id}")
  @Guarded(Compartment.ACCOUNT)
  @Operation(summary = "An import: its status, counts and progress")
  ImportResponse get(@AuthenticationPrincipal CeasefireUser me, @PathVariable long id) {
    ImportRun run = imports.view(me, id);
    return ImportResponse.from(run, imports.progress(run).orElse(null));
  }

  @GetMapping("/{id}/problems")
  @Guarded(Compartment.ACCOUNT)
  @Operation(summary = "The problems found in the file: line, column, value and what is wrong")
  List<ImportRun.Problem> problems(
      @AuthenticationPrincipal CeasefireUser me,
      @PathVariable long id,
      @RequestParam(defaultValue = "1000") int limit) {
    return imports.problems(me, id, limit);
  }

  @PostMapping("/{id}/cancel")
  @Guarded(value = Compartment.ACCOUNT, action = Action.WRITE)
  @Operation(summary = "Cancel a queued or running import; nothing of it is kept")
  ImportResponse cancel(@AuthenticationPrincipal CeasefireUser me, @PathVariable long id) {
    imports.cancel(me, id);
    return get(me, id);
  }

  @GetMapping("/{id}/rejects")
  @Guarded(Compartment.ACCOUNT)
  @Operation(summary = "The rejected rows as CSV, each with its line and problems (audited)")
  void rejects(
      @AuthenticationPrincipal CeasefireUser me,
      @PathVariable long id,
      HttpServletResponse response)
      throws IOException {
    imports.view(me, id);
    response.setContentType("text/csv;charset=UTF-8");
    response.setHeader("Content-Disposition", "attachment; filename=\"rejects-" + id + ".csv\"");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    imports.writeRejects(me, id, response.getWriter());
  }
}
