package org.ceasefire.intelligence;

import java.sql.Array;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.audit.AuditAction;
import org.ceasefire.audit.AuditTrail;
import org.ceasefire.groups.MembershipLifecycle;
import org.ceasefire.platform.Validator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The dissemination log: every release outside the agency, audited per entry shared. */
@Service
class Disseminations {

  private final JdbcClient jdbc;
  private final MembershipLifecycle entries;
  private final AuditTrail audit;

  Disseminations(JdbcClient jdbc, MembershipLifecycle entries, AuditTrail audit) {
    this.jdbc = jdbc;
    this.entries = entries;
    this.audit = audit;
  }

  @Transactional
  Dissemination record(CeasefireUser user, Dissemination.Input input) {
    Validator v = new Validator();
    input.validate(v);
    List<Long> current = entries.current(user.siteId(), input.ids());
    for (Long id : input.ids()) {
      v.check(current.contains(id), "entryIds", "no current approved entry with this id", id);
    }
    v.throwIfInvalid();
    long id =
        jdbc.sql(
                """
                insert into dissemination (site_id, recipient_agency, reason, entry_ids,
                                           disseminated_by)
                values (:site, :recipient, :reason, :entries, :user) returning id
                """)
            .param("site", user.siteId())
            .param("recipient", input.recipientAgency().trim())
            .param("reason", input.reason().trim())
            .param("entries", input.ids().toArray(Long[]::new))
            .param("user", user.id())
            .query(Long.class)
            .single();
    for (Long entry : input.ids()) {
      audit.write(
          AuditTrail.entry(
              user,
              AuditAction.DISSEMINATE,
              "membership",
              entry,
              input.reason().trim(),
              "to " + input.recipientAgency().trim() + " (dissemination " + id + ")"));
    }
    return list(user.siteId()).stream().filter(d -> d.id() == id).findFirst().orElseThrow();
  }

  List<Dissemination> list(long siteId) {
    return jdbc.sql(
            """
            select d.id, d.recipient_agency, d.reason, d.entry_ids, u.display_name,
                   d.disseminated_at
              from dissemination d
              join app_user u on u.site_id = d.site_id and u.id = d.disseminated_by
             where d.site_id = :site order by d.disseminated_at desc, d.id desc
            """)
        .param("site", siteId)
        .query(
            (rs, n) -> {
              Array ids = rs.getArray("entry_ids");
              return new Dissemination(
                  rs.getLong("id"),
                  rs.getString("recipient_agency"),
                  rs.getString("reason"),
                  Arrays.asList((Long[]) ids.getArray()),
                  rs.getString("display_name"),
                  rs.getObject("disseminated_at", OffsetDateTime.class));
            })
        .list();
  }
}
