package org.ceasefire.backup;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The application's tables as the database catalogue describes them, in an order where every table
 * comes after the tables its foreign keys point to. Flyway's own history table is not data: a
 * restore rebuilds it by migrating.
 */
record Schema(List<Table> tables) {

  /** One table: its columns as COPY lists them (generated columns left out), its sequences. */
  record Table(
      String name,
      List<String> columns,
      Map<String, String> sequences,
      boolean rowSecurityForced,
      boolean hasUserTriggers) {

    String columnList() {
      return String.join(",", columns.stream().map(Schema::quote).toList());
    }

    String quoted() {
      return quote(name);
    }
  }

  static final String HISTORY = "flyway_schema_history";

  @Nullable Table table(String name) {
    return tables.stream().filter(t -> t.name().equals(name)).findFirst().orElse(null);
  }

  static Schema read(Connection c) throws SQLException {
    Map<String, List<String>> columns = new TreeMap<>();
    Map<String, Map<String, String>> sequences = new TreeMap<>();
    Map<String, boolean[]> flags = new TreeMap<>();
    try (PreparedStatement s =
            c.prepareStatement(
                """
                select c.relname, c.relforcerowsecurity,
                       exists (select from pg_trigger g where g.tgrelid = c.oid
                                and not g.tgisinternal) as triggers
                  from pg_class c join pg_namespace n on n.oid = c.relnamespace
                 where n.nspname = current_schema() and c.relkind in ('r', 'p')
                   and c.relname <> ?
                """);
        PreparedStatement cols =
            c.prepareStatement(
                """
                select a.attname, pg_get_serial_sequence(quote_ident(?), a.attname) as seq
                  from pg_attribute a
                 where a.attrelid = (quote_ident(current_schema()) || '.' || quote_ident(?))::regclass
                   and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
                 order by a.attnum
                """)) {
      s.setString(1, HISTORY);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          flags.put(rs.getString(1), new boolean[] {rs.getBoolean(2), rs.getBoolean(3)});
        }
      }
      for (String table : flags.keySet()) {
        List<String> names = new ArrayList<>();
        Map<String, String> seqs = new LinkedHashMap<>();
        cols.setString(1, table);
        cols.setString(2, table);
        try (ResultSet rs = cols.executeQuery()) {
          while (rs.next()) {
            names.add(rs.getString(1));
            if (rs.getString(2) != null) {
              seqs.put(rs.getString(1), rs.getString(2));
            }
          }
        }
        columns.put(table, names);
        sequences.put(table, seqs);
      }
    }
    List<Table> ordered = new ArrayList<>();
    for (String name : dependencyOrder(c, flags.keySet())) {
      boolean[] f = flags.get(name);
      ordered.add(new Table(name, columns.get(name), sequences.get(name), f[0], f[1]));
    }
    return new Schema(List.copyOf(ordered));
  }

  /** Kahn's algorithm over the foreign keys, ties broken by name so the order is stable. */
  private static List<String> dependencyOrder(Connection c, Set<String> tables)
      throws SQLException {
    Map<String, Set<String>> dependsOn = new TreeMap<>();
    tables.forEach(t -> dependsOn.put(t, new LinkedHashSet<>()));
    try (PreparedStatement s =
            c.prepareStatement(
                """
                select c.conrelid::regclass::text, c.confrelid::regclass::text
                  from pg_constraint c join pg_namespace n on n.oid = c.connamespace
                 where c.contype = 'f' and n.nspname = current_schema()
                """);
        ResultSet rs = s.executeQuery()) {
      while (rs.next()) {
        String from = unquote(rs.getString(1));
        String to = unquote(rs.getString(2));
        if (!from.equals(to) && dependsOn.containsKey(from) && dependsOn.containsKey(to)) {
          dependsOn.get(from).add(to);
        }
      }
    }
    List<String> order = new ArrayList<>();
    Deque<String> ready = new ArrayDeque<>();
    dependsOn.forEach(
        (t, deps) -> {
          if (deps.isEmpty()) {
            ready.add(t);
          }
        });
    while (!ready.isEmpty()) {
      String next = ready.poll();
      order.add(next);
      for (Map.Entry<String, Set<String>> e : dependsOn.entrySet()) {
        if (e.getValue().remove(next) && e.getValue().isEmpty()) {
          ready.add(e.getKey());
        }
      }
    }
    if (order.size() != tables.size()) {
      List<String> cycle = new ArrayList<>(tables);
      cycle.removeAll(order);
      throw new IllegalStateException("foreign keys form a cycle among " + cycle);
    }
    return order;
  }

  static String quote(String identifier) {
    return '"' + identifier.replace("\"", "\"\"") + '"';
  }

  private static String unquote(String regclass) {
    String name =
        regclass.contains(".") ? regclass.substring(regclass.lastIndexOf('.') + 1) : regclass;
    return name.startsWith("\"")
        ? name.substring(1, name.length() - 1).replace("\"\"", "\"")
        : name;
  }
}
