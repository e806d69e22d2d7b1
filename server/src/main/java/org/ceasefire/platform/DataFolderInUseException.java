package org.ceasefire.platform;

import java.nio.file.Path;

/** Another running Ceasefire holds the embedded database's folder. */
public final class DataFolderInUseException extends IllegalStateException {

  private final Path folder;

  DataFolderInUseException(Path folder) {
    super(
        "The data folder "
            + folder
            + " is in use by another running Ceasefire. Stop that one first, or start this one"
            + " on another folder with CEASEFIRE_DATA_DIR.");
    this.folder = folder;
  }

  public Path folder() {
    return folder;
  }
}
