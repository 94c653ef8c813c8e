package org.leoprotocol.earlywarning;

/**
 * An import refused as a whole (a file that does not fit its mapping, is empty, is not text in its encoding, or
 * carries codes the mapping does not name): thrown inside the import's one transaction so that nothing of it stays
 * stored.
 */
class ImportRefused extends RuntimeException {

	ImportRefused(String message) {
		super(message);
	}
}
