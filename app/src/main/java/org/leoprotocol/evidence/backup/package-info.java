/**
 * Backup and restore of a whole installation (database, evidence blobs and keys) into one directory, and the commands
 * that run them.
 */
package org.leoprotocol.evidence.backup;
