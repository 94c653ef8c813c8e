/**
 * The mathematics of the custody ledger, free of Spring and the database so that anyone can re-check a proof: RFC
 * 6962/9162 Merkle hashing, trees with inclusion and consistency proofs, and signed tree heads.
 */
package org.leoprotocol.evidence.ledger;
