package org.leoprotocol.evidence.custody;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestInputStream;
import java.util.List;
import java.util.Map;

import org.leoprotocol.evidence.EvidenceExport;
import org.leoprotocol.evidence.EvidenceItem;
import org.leoprotocol.evidence.ItemState;
import org.leoprotocol.evidence.export.Exports;
import org.leoprotocol.evidence.item.EvidenceItems;
import org.leoprotocol.evidence.ledger.MerkleHash;
import org.leoprotocol.evidence.store.BlobStore;

/**
 * The fixity check: every kept evidence item and every ready export re-hashed from the store against the SHA-256 the
 * ledger recorded when it was ingested or exported (reported as CJIS Security Policy 5.4.2 asks of audit failures).
 */
final class BlobFixity {

	private final EvidenceItems items;
	private final Exports exports;
	private final BlobStore store;

	BlobFixity(EvidenceItems items, Exports exports, BlobStore store) {
		this.items = items;
		this.exports = exports;
		this.store = store;
	}

	/**
	 * Re-hashes every blob and says how many it checked.
	 *
	 * @param ingested the SHA-256 each item was ingested with, by item id
	 * @param exported the SHA-256 each export was recorded with, by export id
	 */
	int check(Map<String, String> ingested, Map<String, String> exported, List<String> problems) {
		int checked = 0;
		for (EvidenceItem item : items.all()) {
			if (item.state() == ItemState.DELETED) {
				continue;
			}
			String recorded = ingested.get(item.id().toString());
			if (recorded == null) {
				problems.add("Evidence item " + item.id() + " has no INGESTED event in the ledger");
			}
			else if (!recorded.equals(item.sha256())) {
				problems.add("Evidence item " + item.id() + " claims SHA-256 " + item.sha256() + " but was ingested as "
						+ recorded);
			}
			checkBlob("Evidence item " + item.id() + " (" + item.fileName() + ")", item.storageKey(),
					recorded == null ? item.sha256() : recorded, problems);
			checked++;
		}
		for (EvidenceExport export : exports.ready()) {
			String recorded = exported.getOrDefault(export.id().toString(), export.sha256());
			checkBlob("Export LEO-" + export.code(), export.storageKey(), recorded, problems);
			checked++;
		}
		return checked;
	}

	private void checkBlob(String what, String key, String expected, List<String> problems) {
		try (InputStream in = new DigestInputStream(store.open(key), MerkleHash.sha256())) {
			in.transferTo(OutputStream.nullOutputStream());
			String actual = LedgerReplay.hex(((DigestInputStream) in).getMessageDigest().digest());
			if (!actual.equals(expected)) {
				problems.add(what + " changed: its content now hashes to " + actual + ", but " + expected
						+ " was recorded in custody");
			}
		}
		catch (IOException ex) {
			problems.add(what + " cannot be read from the evidence store: " + ex.getMessage());
		}
	}
}
