package org.ceasefire.cases;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One charge: the statute (code and text, e.g. {@code 18 U.S.C. § 922(g)(1)}, "Possession of a
 * firearm by a prohibited person"), the number of counts, the class, and its disposition.
 */
public record Charge(
    long id,
    Forum forum,
    String statuteCode,
    String statuteText,
    int counts,
    @Nullable String chargeClass,
    LocalDate filedOn,
    @Nullable String disposition,
    @Nullable LocalDate disposedOn,
    int version) {

  static final List<String> DISPOSITIONS =
      List.of("plea_guilty", "verdict_guilty", "verdict_not_guilty", "dismissed", "nolle");

  public Charge {
    if (counts < 1) {
      throw new IllegalArgumentException("a charge has at least one count");
    }
    if ((disposition == null) != (disposedOn == null)) {
      throw new IllegalArgumentException("a disposition has a date");
    }
  }

  public boolean disposed() {
    return disposition != null;
  }

  public boolean conviction() {
    return "plea_guilty".equals(disposition) || "verdict_guilty".equals(disposition);
  }
}
