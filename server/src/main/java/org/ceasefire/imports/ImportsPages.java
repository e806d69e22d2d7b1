package org.ceasefire.imports;

import java.util.Map;
import org.ceasefire.access.Action;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Compartment;
import org.ceasefire.access.Guarded;
import org.ceasefire.platform.FormErrors;
import org.ceasefire.platform.ValidationException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Import pages: the upload form and recent imports, and one import's progress bar, counts and
 * problems. Access as in {@link ImportsApi}: declared for any signed-in user, decided per kind and
 * per record by {@link Imports}.
 */
@Controller
class ImportsPages {

  private final Imports imports;

  ImportsPages(Imports imports) {
    this.imports = imports;
  }

  @GetMapping("/imports")
  @Guarded(Compartment.ACCOUNT)
  String list(@AuthenticationPrincipal CeasefireUser me, Model model) {
    return list(me, model, Map.of());
  }

  @PostMapping("/imports")
  @Guarded(value = Compartment.ACCOUNT, action = Action.WRITE)
  Object start(
      @AuthenticationPrincipal CeasefireUser me,
      @RequestParam(required = false) @Nullable String kind,
      @RequestParam(required = false) @Nullable MultipartFile file,
      @RequestParam(required = false) @Nullable MultipartFile mapping,
      @RequestParam(required = false) @Nullable String sourceSystem,
      @RequestParam(required = false) @Nullable String mode,
      Model model) {
    try {
      imports.kind(kind == null ? "" : kind);
      ImportRun run =
          imports.start(me, kind, ImportUploads.source(file, mapping, sourceSystem, mode));
      return "redirect:/imports/" + run.id();
    } catch (ValidationException e) {
      return FormErrors.rejected(list(me, model, FormErrors.of(e)));
    }
  }

  @GetMapping("/imports/{id}")
  @Guarded(Compartment.ACCOUNT)
  String show(@AuthenticationPrincipal CeasefireUser me, @PathVariable long id, Model model) {
    ImportRun run = imports.view(me, id);
    model.addAttribute("run", run);
    model.addAttribute("progress", imports.progress(run).orElse(null));
    model.addAttribute(
        "problems", run.finished() ? imports.problems(me, id, 200) : java.util.List.of());
    model.addAttribute(
        "kind",
        imports.kinds().stream().filter(k -> k.kind().equals(run.kind())).findFirst().orElse(null));
    return "imports/show";
  }

  @PostMapping("/imports/{id}/cancel")
  @Guarded(value = Compartment.ACCOUNT, action = Action.WRITE)
  String cancel(@AuthenticationPrincipal CeasefireUser me, @PathVariable long id) {
    try {
      imports.cancel(me, id);
    } catch (ValidationException e) {
      // it ended meanwhile: its page says how
    }
    return "redirect:/imports/" + id;
  }

  private String list(CeasefireUser me, Model model, Map<String, String> errors) {
    model.addAttribute("kinds", imports.kindsFor(me));
    model.addAttribute("runs", imports.recent(me));
    model.addAttribute("errors", errors);
    return "imports/list";
  }
}
