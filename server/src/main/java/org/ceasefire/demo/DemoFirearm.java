package org.ceasefire.demo;

import org.jspecify.annotations.Nullable;

/** A recovered firearm; a null serial number means obliterated or privately made. */
record DemoFirearm(
    String kind, String make, String model, String calibre, @Nullable String serialNumber) {

  DemoFirearm {
    if (kind.isBlank() || make.isBlank() || model.isBlank() || calibre.isBlank()) {
      throw new IllegalArgumentException("a firearm needs kind, make, model and calibre");
    }
  }
}
