/**
 * Imports from partners' records systems: files read as streams, mapped to Ceasefire's columns,
 * validated row by row, loaded through staging tables with COPY, as jobs with progress that can be
 * cancelled. Each kind of record is imported by its own feature's {@link
 * org.ceasefire.imports.Importer}; this feature runs them and keeps the import records.
 */
@NullMarked
package org.ceasefire.imports;

import org.jspecify.annotations.NullMarked;
