package org.leoprotocol.audit.chain;

/**
 * One link of the audit chain: the row at {@code position}, the hash of its content, the previous link's chain hash and
 * its own, which covers both; changing or removing any earlier row breaks every link after it.
 */
@SuppressWarnings("ArrayRecordComponent") // hashes carried from a row to the next link; compared byte by byte where
											// checked, never by equals
record ChainLink(long seq, long position, byte[] content, byte[] previous, byte[] chain) {
}
