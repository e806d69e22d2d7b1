package org.ceasefire.platform;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Says in two lines, without a stack trace, that the data folder is taken and what to do. */
final class DataFolderInUseFailureAnalyzer
    extends AbstractFailureAnalyzer<DataFolderInUseException> {

  @Override
  protected FailureAnalysis analyze(Throwable root, DataFolderInUseException cause) {
    return new FailureAnalysis(
        "The embedded database's folder "
            + cause.folder()
            + " is in use by another running"
            + " Ceasefire (a server, or a command such as `audit verify`).",
        "Stop the other one first, or give this one another folder with CEASEFIRE_DATA_DIR.",
        cause);
  }
}
