package org.ceasefire.access;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Optional;
import org.ceasefire.access.SecondFactors.Verdict;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The second step of signing in: enrolment of an authenticator app on the first sign-in (QR code
 * and the secret as text, confirmed by a code, then ten recovery codes shown once), and the code
 * (or a recovery code) at every later sign-in. These pages sit in {@link Compartment#ACCOUNT}: they
 * need a password already given, so they are not public, but every role reaches them, and a user
 * between the two factors reaches nothing else. A fully signed-in user is sent home.
 */
@Controller
class SecondFactorPages {

  private static final String ISSUER = "Ceasefire";

  private final SecondFactors secondFactors;
  private final HttpSessionRequestCache requestCache = new HttpSessionRequestCache();

  SecondFactorPages(SecondFactors secondFactors) {
    this.secondFactors = secondFactors;
    requestCache.setMatchingRequestParameterName(null);
  }

  @GetMapping("/mfa")
  @Guarded(Compartment.ACCOUNT)
  String codeForm(@Nullable Authentication authentication) {
    if (!(authentication instanceof SecondFactorPending pending)) {
      return "redirect:/";
    }
    return secondFactors.enrolled(pending.user()) ? "mfa/code" : "redirect:/mfa/enrol";
  }

  @PostMapping("/mfa")
  @Guarded(value = Compartment.ACCOUNT, action = Action.WRITE)
  String checkCode(
      @RequestParam(defaultValue = "") String code,
      @Nullable Authentication authentication,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    if (!(authentication instanceof SecondFactorPending pending)) {
      return "redirect:/";
    }
    String client = PasswordAuthentication.clientAddress(pending.getDetails());
    Verdict verdict = secondFactors.verifySignIn(pending.user(), code, client);
    switch (verdict) {
      case PASSED -> {
        SignIn.completeInSession(pending, request, response);
        return "redirect:" + whereTheyWereGoing(request, response);
      }
      case NOT_ENROLLED -> {
        return "redirect:/mfa/enrol";
      }
      case LOCKED -> {
        signOut(request);
        return "redirect:/login?locked";
      }
      default -> {
        model.addAttribute("error", "That code is wrong or has expired. Try the current one.");
        return "mfa/code";
      }
    }
  }

  @GetMapping("/mfa/enrol")
  @Guarded(Compartment.ACCOUNT)
  String enrolForm(@Nullable Authentication authentication, Model model) {
    if (!(authentication instanceof SecondFactorPending pending)) {
      return "redirect:/";
    }
    if (secondFactors.enrolled(pending.user())) {
      return "redirect:/mfa";
    }
    TotpSecret secret = secondFactors.enrolmentSecret(pending.user());
    model.addAttribute(
        "qr", QrCodeSvg.dataUri(Totp.uri(secret, ISSUER, pending.user().username())));
    model.addAttribute("secret", secret.grouped());
    return "mfa/enrol";
  }

  @PostMapping("/mfa/enrol")
  @Guarded(value = Compartment.ACCOUNT, action = Action.WRITE)
  String confirmEnrolment(
      @RequestParam(defaultValue = "") String code,
      @Nullable Authentication authentication,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    if (!(authentication instanceof SecondFactorPending pending)) {
      return "redirect:/";
    }
    String client = PasswordAuthentication.clientAddress(pending.getDetails());
    Optional<List<RecoveryCode>> codes =
        secondFactors.confirmEnrolment(pending.user(), code, client);
    if (codes.isEmpty()) {
      model.addAttribute("error", "That code does not match. Check the app and try again.");
      return enrolForm(authentication, model);
    }
    SignIn.completeInSession(pending, request, response);
    model.addAttribute("codes", codes.get().stream().map(RecoveryCode::grouped).toList());
    model.addAttribute("next", whereTheyWereGoing(request, response));
    return "mfa/recovery-codes";
  }

  private String whereTheyWereGoing(HttpServletRequest request, HttpServletResponse response) {
    SavedRequest saved = requestCache.getRequest(request, response);
    requestCache.removeRequest(request, response);
    return saved == null ? "/" : saved.getRedirectUrl();
  }

  private static void signOut(HttpServletRequest request) {
    SecurityContextHolder.clearContext();
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
  }
}
