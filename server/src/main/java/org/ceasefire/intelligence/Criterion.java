package org.ceasefire.intelligence;

import org.ceasefire.platform.Validator;
import org.jspecify.annotations.Nullable;

/** One of a site's documented criteria for listing a person in a group. */
record Criterion(String code, String label, boolean active) {

  Criterion {
    if (!code.matches("[a-z0-9_]{2,60}") || label.isBlank()) {
      throw new IllegalArgumentException("a criterion needs a code and a label: " + code);
    }
  }

  /** What a coordinator submits to add, rename, retire or restore a criterion. */
  record Input(@Nullable String code, @Nullable String label, @Nullable Boolean active) {

    Criterion validate() {
      Validator v = new Validator();
      v.check(
          code != null && code.matches("[a-z0-9_]{2,60}"),
          "code",
          "must be 2 to 60 lower-case letters, digits or underscores",
          code);
      v.require("label", label).maxLength("label", label, 200);
      v.throwIfInvalid();
      return new Criterion(code, label.trim(), active == null || active);
    }
  }
}
