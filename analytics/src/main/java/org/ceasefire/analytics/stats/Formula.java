package org.ceasefire.analytics.stats;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A model formula in R's notation, restricted to what count models here need: {@code y ~ a + b +
 * a:b}, with {@code - 1} or {@code + 0} to drop the intercept, {@code a*b} for {@code a + b + a:b}
 * and {@code factor(a)} to read a numeric column as a factor. Terms keep the written order (R
 * orders by interaction degree: write main effects first).
 *
 * @param response the response column
 * @param terms the terms, each a list of variables multiplied together
 * @param intercept whether the model has an intercept
 */
public record Formula(String response, List<List<String>> terms, boolean intercept) {

  public Formula {
    if (response.isBlank()) {
      throw new IllegalArgumentException("formula needs a response before '~'");
    }
    terms = terms.stream().map(List::copyOf).toList();
  }

  public static Formula parse(String text) {
    int tilde = text.indexOf('~');
    if (tilde < 0) {
      throw new IllegalArgumentException("formula needs '~': " + text);
    }
    String response = text.substring(0, tilde).trim();
    String rhs = text.substring(tilde + 1).replaceAll("\\s+", "");
    boolean intercept = true;
    List<List<String>> terms = new ArrayList<>();
    rhs = rhs.replace("-", "+-");
    for (String term : rhs.split("\\+")) {
      if (term.isEmpty() || term.equals("1")) {
        continue;
      }
      if (term.equals("-1") || term.equals("0")) {
        intercept = false;
        continue;
      }
      if (!term.matches(
          "(factor\\([A-Za-z0-9_.]+\\)|[A-Za-z0-9_.]+)([:*](factor\\([A-Za-z0-9_.]+\\)|[A-Za-z0-9_.]+))*")) {
        throw new IllegalArgumentException("unsupported term '" + term + "' in formula: " + text);
      }
      if (term.contains("*")) {
        List<String> vars = Arrays.asList(term.split("\\*"));
        for (String v : vars) {
          add(terms, List.of(v));
        }
        add(terms, vars);
      } else {
        add(terms, Arrays.asList(term.split(":")));
      }
    }
    return new Formula(response, terms, intercept);
  }

  private static void add(List<List<String>> terms, List<String> term) {
    if (!terms.contains(term)) {
      terms.add(term);
    }
  }

  /** Every data column the formula reads, response first. */
  public List<String> variables() {
    List<String> vars = new ArrayList<>(List.of(response));
    for (List<String> t : terms) {
      for (String v : t) {
        String column = column(v);
        if (!vars.contains(column)) {
          vars.add(column);
        }
      }
    }
    return vars;
  }

  /** The data column of a term variable: {@code a} for {@code a} and for {@code factor(a)}. */
  static String column(String variable) {
    return isFactorCall(variable) ? variable.substring(7, variable.length() - 1) : variable;
  }

  static boolean isFactorCall(String variable) {
    return variable.startsWith("factor(") && variable.endsWith(")");
  }
}
