package org.ceasefire.incidents;

import java.util.List;
import org.ceasefire.platform.Validator;
import org.jspecify.annotations.Nullable;

/** A firearm recovered in an incident. */
public record FirearmInput(
    @Nullable String kind,
    @Nullable String make,
    @Nullable String model,
    @Nullable String calibre,
    @Nullable String serialNumber) {

  static final List<String> KINDS =
      List.of("pistol", "revolver", "rifle", "shotgun", "privately_made", "other");

  void validate(Validator v) {
    v.check(kind != null && KINDS.contains(kind), "kind", "must be one of " + KINDS, kind);
    v.maxLength("make", make, 80).maxLength("model", model, 80).maxLength("calibre", calibre, 30);
    v.maxLength("serialNumber", serialNumber, 60);
  }
}
