/**
 * The audit hash chain: sealing audit rows into linked hashes in position order, and walking the chain to verify it.
 */
package org.leoprotocol.audit.chain;
