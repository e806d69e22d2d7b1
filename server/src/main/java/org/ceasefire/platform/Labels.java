package org.ceasefire.platform;

import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Words people read for the codes stored ({@code non_fatal_shooting} → "Non-fatal shooting").
 * Templates call it as {@code @labels.of(code)}.
 */
@Component("labels")
public class Labels {

  private static final Map<String, String> SPECIAL =
      Map.of(
          "non_fatal_shooting", "Non-fatal shooting",
          "non_fatal", "Non-fatal",
          "drug_organisation", "Drug trafficking organisation",
          "privately_made", "Privately made (ghost gun)",
          "native_american", "Native American",
          "pacific_islander", "Pacific Islander");

  public String of(@Nullable String code) {
    if (code == null || code.isEmpty()) {
      return "";
    }
    String special = SPECIAL.get(code);
    if (special != null) {
      return special;
    }
    String words = code.replace('_', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }
}
