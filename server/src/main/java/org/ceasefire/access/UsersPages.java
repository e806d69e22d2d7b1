package org.ceasefire.access;

import java.util.List;
import java.util.Map;
import org.ceasefire.platform.FormErrors;
import org.ceasefire.platform.StaleRecordException;
import org.ceasefire.platform.ValidationException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The coordinator's pages for the site's user accounts. */
@Controller
class UsersPages {

  private final UserAccounts accounts;
  private final Sites sites;

  UsersPages(UserAccounts accounts, Sites sites) {
    this.accounts = accounts;
    this.sites = sites;
  }

  @GetMapping("/admin/users")
  @Guarded(Compartment.ADMINISTRATION)
  String list(@AuthenticationPrincipal CeasefireUser me, Model model) {
    List<UserAccount> all = accounts.all(me.siteId());
    model.addAttribute("accounts", all);
    model.addAttribute(
        "reviewDue", all.stream().filter(accounts::reviewDue).map(UserAccount::id).toList());
    model.addAttribute("reviewDays", UserAccounts.REVIEW_DAYS);
    return "admin/users";
  }

  @GetMapping("/admin/users/new")
  @Guarded(value = Compartment.ADMINISTRATION, action = Action.WRITE)
  String createForm(@AuthenticationPrincipal CeasefireUser me, Model model) {
    UserAccounts.AccountInput empty =
        new UserAccounts.AccountInput(null, null, "analyst", null, null, true, null);
    return form(me, model, empty, null, Map.of());
  }

  @PostMapping("/admin/users")
  @Guarded(value = Compartment.ADMINISTRATION, action = Action.WRITE)
  Object create(
      @AuthenticationPrincipal CeasefireUser me,
      @ModelAttribute UserAccounts.AccountInput input,
      Model model) {
    try {
      accounts.create(me, input);
      return "redirect:/admin/users";
    } catch (ValidationException e) {
      return FormErrors.rejected(form(me, model, input, null, FormErrors.of(e)));
    }
  }

  @GetMapping("/admin/users/{id}")
  @Guarded(value = Compartment.ADMINISTRATION, action = Action.WRITE)
  String editForm(@AuthenticationPrincipal CeasefireUser me, @PathVariable long id, Model model) {
    UserAccount a = accounts.get(me.siteId(), id);
    UserAccounts.AccountInput input =
        new UserAccounts.AccountInput(
            a.username(),
            a.displayName(),
            a.role().code(),
            a.agencyId(),
            null,
            a.enabled(),
            a.version());
    model.addAttribute("account", a);
    return form(me, model, input, id, Map.of());
  }

  @PostMapping("/admin/users/{id}")
  @Guarded(value = Compartment.ADMINISTRATION, action = Action.WRITE)
  Object update(
      @AuthenticationPrincipal CeasefireUser me,
      @PathVariable long id,
      @ModelAttribute UserAccounts.AccountInput input,
      Model model) {
    try {
      accounts.update(me, id, input);
      return "redirect:/admin/users";
    } catch (ValidationException e) {
      model.addAttribute("account", accounts.get(me.siteId(), id));
      return FormErrors.rejected(form(me, model, input, id, FormErrors.of(e)));
    } catch (StaleRecordException e) {
      model.addAttribute("account", accounts.get(me.siteId(), id));
      model.addAttribute("stale", e.getMessage());
      return FormErrors.rejected(form(me, model, input, id, Map.of()));
    }
  }

  @PostMapping("/admin/users/{id}/unlock")
  @Guarded(value = Compartment.ADMINISTRATION, action = Action.WRITE)
  String unlock(@AuthenticationPrincipal CeasefireUser me, @PathVariable long id) {
    accounts.unlock(me, id);
    return "redirect:/admin/users";
  }

  @PostMapping("/admin/users/{id}/reset-second-factor")
  @Guarded(value = Compartment.ADMINISTRATION, action = Action.WRITE)
  String resetSecondFactor(@AuthenticationPrincipal CeasefireUser me, @PathVariable long id) {
    accounts.resetSecondFactor(me, id);
    return "redirect:/admin/users";
  }

  @PostMapping("/admin/users/{id}/review")
  @Guarded(value = Compartment.ADMINISTRATION, action = Action.WRITE)
  String review(@AuthenticationPrincipal CeasefireUser me, @PathVariable long id) {
    accounts.reviewed(me, id);
    return "redirect:/admin/users";
  }

  private String form(
      CeasefireUser me,
      Model model,
      UserAccounts.AccountInput input,
      @Nullable Long id,
      Map<String, String> errors) {
    model.addAttribute("form", input);
    model.addAttribute("userId", id);
    model.addAttribute("title", id == null ? "New user" : "Edit user");
    model.addAttribute("errors", errors);
    model.addAttribute("roles", Role.values());
    model.addAttribute("agencies", sites.agencies(me.siteId()));
    return "admin/user-form";
  }
}
