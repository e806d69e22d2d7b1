package org.ceasefire.audit;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Compartment;
import org.ceasefire.access.Guarded;
import org.ceasefire.platform.PageOf;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The auditor's view of the audit trail: filter, export, verify the chain. */
@Controller
class AuditPages {

  private final AuditLog log;
  private final AuditChain chain;
  private final AuditTrail trail;

  AuditPages(AuditLog log, AuditChain chain, AuditTrail trail) {
    this.log = log;
    this.chain = chain;
    this.trail = trail;
  }

  @GetMapping("/audit")
  @Guarded(Compartment.AUDIT)
  String list(
      @AuthenticationPrincipal CeasefireUser me,
      @RequestParam(required = false) @Nullable String username,
      @RequestParam(required = false) @Nullable String action,
      @RequestParam(required = false) @Nullable String recordType,
      @RequestParam(required = false) @Nullable Long recordId,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          @Nullable LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          @Nullable LocalDate to,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    AuditLog.Filter filter = filter(username, action, recordType, recordId, from, to);
    PageOf<AuditLog.Event> result = log.search(me.siteId(), filter, Math.max(0, page), 50);
    model.addAttribute("result", result);
    model.addAttribute("f", filter);
    model.addAttribute("fromDate", from);
    model.addAttribute("toDate", to);
    model.addAttribute("actions", AuditTrail.actions());
    model.addAttribute(
        "query",
        "username="
            + text(username)
            + "&action="
            + text(action)
            + "&recordType="
            + text(recordType)
            + "&recordId="
            + (recordId == null ? "" : recordId)
            + "&from="
            + (from == null ? "" : from)
            + "&to="
            + (to == null ? "" : to));
    return "audit/list";
  }

  @GetMapping("/audit/export.csv")
  @Guarded(Compartment.AUDIT)
  void export(
      @AuthenticationPrincipal CeasefireUser me,
      @RequestParam(required = false) @Nullable String username,
      @RequestParam(required = false) @Nullable String action,
      @RequestParam(required = false) @Nullable String recordType,
      @RequestParam(required = false) @Nullable Long recordId,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          @Nullable LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          @Nullable LocalDate to,
      jakarta.servlet.http.HttpServletResponse response)
      throws IOException {
    AuditLog.Filter filter = filter(username, action, recordType, recordId, from, to);
    PageOf<AuditLog.Event> all = log.search(me.siteId(), filter, 0, 100_000);
    trail.exported(me, "audit_event", all.items().size() + " entries");
    response.setContentType("text/csv; charset=utf-8");
    response.setHeader("Content-Disposition", "attachment; filename=\"audit.csv\"");
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    PrintWriter out = response.getWriter();
    out.println(
        "seq,at,username,role,action,record_type,record_id,purpose,client_address,outcome,detail");
    for (AuditLog.Event e : all.items()) {
      out.println(
          String.join(
              ",",
              String.valueOf(e.seq()),
              e.at().toString(),
              csv(e.username()),
              csv(e.role()),
              e.action(),
              csv(e.recordType()),
              e.recordId() == null ? "" : e.recordId().toString(),
              csv(e.purpose()),
              csv(e.clientAddress()),
              e.outcome(),
              csv(e.detail())));
    }
  }

  @GetMapping("/audit/verify")
  @Guarded(Compartment.AUDIT)
  String verify(@AuthenticationPrincipal CeasefireUser me, Model model) {
    AuditChain.Verification v = chain.verify();
    trail.write(AuditTrail.entry(me, AuditAction.VERIFY, "audit_event", null, null, v.describe()));
    model.addAttribute("verification", v);
    return "audit/verify";
  }

  private static AuditLog.Filter filter(
      @Nullable String username,
      @Nullable String action,
      @Nullable String recordType,
      @Nullable Long recordId,
      @Nullable LocalDate from,
      @Nullable LocalDate to) {
    return new AuditLog.Filter(
        username,
        action,
        recordType,
        recordId,
        from == null ? null : from.atStartOfDay().atOffset(ZoneOffset.UTC),
        to == null ? null : to.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
  }

  private static String text(@Nullable String s) {
    return s == null ? "" : java.net.URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  /** A CSV field, quoted when needed; a leading = + - @ is defused against formula injection. */
  static String csv(@Nullable String s) {
    if (s == null) {
      return "";
    }
    String v = !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
    return v.contains(",") || v.contains("\"") || v.contains("\n")
        ? "\"" + v.replace("\"", "\"\"") + "\""
        : v;
  }
}
