package org.leoprotocol.evidence;

/**
 * What a recipient's copy is checked with, downloaded beside it: the file name ({@code <download name>.proof}) and the
 * text, the export's EXPORTED custody event with its inclusion proof and the ledger's signed checkpoint, which anyone
 * can verify with the standalone verifier and the published key, no database needed.
 */
public record ExportReceipt(String fileName, String text) {
}
