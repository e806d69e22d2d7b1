package org.ceasefire.backup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes sure a backup reads every row. Row-level security filters silently: a role it applies to
 * would write a backup of nothing. A superuser or a BYPASSRLS role reads with {@code row_security =
 * off}, which turns any filtering into an error; any other role (the schema owner on an external
 * PostgreSQL, bound by FORCE ROW LEVEL SECURITY on some tables) reads with the site scope 'all',
 * and only where every policy is the site policy, which that scope opens.
 */
final class RowSecurity {

  private RowSecurity() {}

  static void requireEveryRow(Connection c) throws SQLException {
    if (bypasses(c)) {
      try (Statement s = c.createStatement()) {
        s.execute("set row_security = off");
      }
      return;
    }
    List<String> filtered = new ArrayList<>();
    try (PreparedStatement s =
            c.prepareStatement(
                """
                select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                 where n.nspname = current_schema() and c.relkind in ('r', 'p')
                   and c.relrowsecurity
                   and (c.relforcerowsecurity or pg_get_userbyid(c.relowner) <> current_user)
                   and (exists (select from pg_policies p
                                 where p.schemaname = n.nspname and p.tablename = c.relname
                                   and p.permissive = 'RESTRICTIVE')
                        or not exists (select from pg_policies p
                                 where p.schemaname = n.nspname and p.tablename = c.relname
                                   and p.permissive = 'PERMISSIVE' and p.cmd in ('ALL', 'SELECT')
                                   and p.qual in ('ceasefire_site_visible(site_id)', 'true')))
                 order by 1
                """);
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        filtered.add(rs.getString(1));
      }
    }
    if (!filtered.isEmpty()) {
      throw new IllegalStateException(
          "row-level security would hide rows of "
              + filtered
              + " from this database user; back up as the schema owner or a role with"
              + " BYPASSRLS (CEASEFIRE_DB_OWNER)");
    }
  }

  static boolean bypasses(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select rolsuper or rolbypassrls from pg_roles where rolname = current_user")) {
      return rs.next() && rs.getBoolean(1);
    }
  }
}
