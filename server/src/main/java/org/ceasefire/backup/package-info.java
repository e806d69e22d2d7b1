/**
 * Backup and restore of a whole Ceasefire database in one file: every application table read in one
 * consistent snapshot with PostgreSQL's COPY, with a manifest of the schema's migrations, the row
 * count and a digest of each table, restored in one transaction that either loads and verifies
 * everything or leaves the target as it was.
 */
@NullMarked
package org.ceasefire.backup;

import org.jspecify.annotations.NullMarked;
