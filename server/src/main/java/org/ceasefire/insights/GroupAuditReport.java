package org.ceasefire.insights;

import java.time.LocalDate;
import java.util.List;

/**
 * The group audit of a period: each group with its current members, home city, rivals and allies,
 * and the share of homicides and non-fatal shootings with a victim or suspect who is a current
 * member (approved entry within its review date) — overall and per group.
 */
record GroupAuditReport(
    LocalDate from,
    LocalDate to,
    Share homicides,
    Share nonFatalShootings,
    Share shootings,
    int groupsWithMembers,
    int members,
    List<GroupLine> groups) {

  GroupAuditReport {
    groups = List.copyOf(groups);
  }

  /** {@code involved} of {@code total} incidents. */
  record Share(long involved, long total) {
    Share {
      if (involved < 0 || involved > total) {
        throw new IllegalArgumentException("a share is 0 ≤ involved ≤ total");
      }
    }

    public double percent() {
      return total == 0 ? 0 : 100.0 * involved / total;
    }
  }

  record Member(long personId, String name, String role, LocalDate reviewDate) {}

  record GroupLine(
      long id,
      String name,
      String status,
      String territory,
      List<Member> members,
      List<String> rivals,
      List<String> allies,
      Share shootings) {
    GroupLine {
      members = List.copyOf(members);
      rivals = List.copyOf(rivals);
      allies = List.copyOf(allies);
    }
  }
}
