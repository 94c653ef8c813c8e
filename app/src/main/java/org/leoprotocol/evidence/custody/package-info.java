/**
 * The custody ledger at work: custody events appended in group commits, the Merkle tree kept in PostgreSQL, signed tree
 * heads and checkpoints, the installation key, witnesses, verification and the court-ready custody report.
 */
package org.leoprotocol.evidence.custody;
