/**
 * The database underneath every module: the embedded PostgreSQL server of a single-machine installation, its
 * least-privilege roles and passwords, migration ordering across releases, and snapshot backups.
 */
package org.leoprotocol.shared.database;
