package org.ceasefire.analytics.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.ceasefire.analytics.io.CsvTable;

/**
 * A balanced panel in long format, {@code unit,period,value}: one row per unit and period, every
 * unit with every period. Periods are numbers (years: {@code 1989}) or ISO months or dates ({@code
 * 2024-05}, {@code 2024-05-01}), one form throughout, ordered in time. Units keep the order of
 * their first row.
 *
 * @param units unit names
 * @param periods period labels in time order
 * @param values {@code values[unit][period]}
 */
record PanelFile(List<String> units, List<String> periods, double[][] values) {

  private static final Pattern ISO = Pattern.compile("\\d{4}-\\d{2}(-\\d{2})?");

  static PanelFile read(Path file) {
    CsvTable t = CsvTable.read(file);
    int unit = t.column("unit");
    int period = t.column("period");
    int value = t.column("value");
    if (t.size() == 0) {
      throw new InputException(file + ": no data rows");
    }
    boolean numeric = isNumber(t.required(0, period));
    int isoLength = t.required(0, period).length();
    Comparator<String> order =
        numeric
            ? Comparator.comparingDouble(Double::parseDouble)
            : Comparator.<String>naturalOrder();
    Map<String, Map<String, Double>> cells = new LinkedHashMap<>();
    Map<String, Long> firstLine = new HashMap<>();
    TreeMap<String, Long> allPeriods = new TreeMap<>(order);
    for (int r = 0; r < t.size(); r++) {
      String u = t.required(r, unit);
      String p = t.required(r, period);
      if (numeric ? !isNumber(p) : !(ISO.matcher(p).matches() && p.length() == isoLength)) {
        throw t.error(
            r,
            period,
            "expected a period of the same form as the first row's '"
                + t.text(0, period)
                + "' (a number, YYYY-MM or YYYY-MM-DD), not '"
                + p
                + "'");
      }
      double v = t.number(r, value);
      String key = u + "\u0000" + p;
      Long earlier = firstLine.putIfAbsent(key, t.line(r));
      if (earlier != null) {
        throw t.error(
            r,
            period,
            "unit '" + u + "' period " + p + " appears twice (also line " + earlier + ")");
      }
      cells.computeIfAbsent(u, k -> new TreeMap<>(order)).put(p, v);
      allPeriods.putIfAbsent(p, t.line(r));
    }
    List<String> periods = new ArrayList<>(allPeriods.keySet());
    List<String> units = new ArrayList<>(cells.keySet());
    double[][] values = new double[units.size()][periods.size()];
    for (int i = 0; i < units.size(); i++) {
      Map<String, Double> row = cells.get(units.get(i));
      for (int j = 0; j < periods.size(); j++) {
        Double v = row.get(periods.get(j));
        if (v == null) {
          throw new InputException(
              file
                  + ": unit '"
                  + units.get(i)
                  + "' has no row for period "
                  + periods.get(j)
                  + " (first seen on line "
                  + allPeriods.get(periods.get(j))
                  + "): every unit needs a value in every period");
        }
        values[i][j] = v;
      }
    }
    return new PanelFile(units, periods, values);
  }

  /** The number of periods before {@code start}, with the same ordering as the file's periods. */
  int periodsBefore(String start) {
    boolean numeric = isNumber(periods.get(0));
    if (numeric ? !isNumber(start) : !ISO.matcher(start).matches()) {
      throw new InputException(
          "--start: expected a period like '" + periods.get(0) + "', not '" + start + "'");
    }
    int before = 0;
    for (String p : periods) {
      int c =
          numeric
              ? Double.compare(Double.parseDouble(p), Double.parseDouble(start))
              : p.compareTo(start);
      if (c < 0) {
        before++;
      }
    }
    return before;
  }

  private static boolean isNumber(String s) {
    try {
      return Double.isFinite(Double.parseDouble(s));
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
