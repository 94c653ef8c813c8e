package org.leoprotocol.evidence.custody;

import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.leoprotocol.evidence.CustodyAction;
import org.leoprotocol.evidence.CustodyEvent;
import org.leoprotocol.evidence.custody.CustodyEvents.Stored;
import org.leoprotocol.evidence.ledger.MerkleHash;
import org.leoprotocol.evidence.ledger.MerkleTree;
import org.leoprotocol.evidence.ledger.SignedTreeHead;

/**
 * The ledger replayed from its events' content: each event checked against the leaf hash stored when it was appended
 * and appended to a Merkle tree rebuilt from scratch, each signed tree head checked against that tree, and the hashes
 * each INGESTED and EXPORTED event recorded, for the fixity check of the blobs.
 */
final class LedgerReplay {

	private static final Pattern SHA = Pattern.compile("(?:^| )sha256=([0-9a-f]{64})");
	private static final Pattern EXPORT_SHA = Pattern.compile("export=(\\S+) .*export_sha256=([0-9a-f]{64})");

	final MerkleTree tree = new MerkleTree();
	/** The SHA-256 each evidence item was ingested with, by item id. */
	final Map<String, String> ingested = new HashMap<>();
	/** The SHA-256 each export was recorded with, by export id. */
	final Map<String, String> exported = new HashMap<>();
	private final List<String> problems;

	LedgerReplay(List<String> problems) {
		this.problems = problems;
	}

	/** Checks the next event in ledger order and appends its leaf; a gap in positions is reported and filled. */
	void event(HashedEvent hashed) {
		Stored stored = hashed.stored();
		CustodyEvent event = stored.event();
		if (event.position() != tree.size()) {
			problems.add("Events " + tree.size() + " to " + (event.position() - 1) + " are missing from the ledger");
			while (tree.size() < event.position()) {
				tree.append(new byte[MerkleHash.SIZE]);
			}
		}
		byte[] leaf = hashed.leaf();
		if (!MessageDigest.isEqual(leaf, stored.leafHash())) {
			problems.add("Event " + event.position() + " (" + event.action() + " of " + event.evidenceId() + " by "
					+ event.actor() + ") was changed after it was appended: its content now hashes to " + hex(leaf)
					+ ", but " + hex(stored.leafHash()) + " was recorded");
		}
		tree.append(leaf);
		if (event.action() == CustodyAction.INGESTED) {
			Matcher sha = SHA.matcher(event.detail());
			if (sha.find()) {
				ingested.put(event.evidenceId().toString(), sha.group(1));
			}
		}
		if (event.action() == CustodyAction.EXPORTED) {
			Matcher export = EXPORT_SHA.matcher(event.detail());
			if (export.find()) {
				exported.put(export.group(1), export.group(2));
			}
		}
	}

	/**
	 * Checks a signed tree head against the replayed tree: signed by a key of the installation's succession, with a
	 * valid signature, over events still in the ledger, whose root it matches.
	 *
	 * @param key the public key of the head's key id, or {@code null} when it is unknown
	 */
	void head(SignedTreeHead head, byte[] key, KeyChain.Chain chain) {
		long size = head.head().treeSize();
		if (key != null && !chain.trusts(head.keyId())) {
			problems.add("The signed tree head of size " + size + " is signed by key " + head.keyId()
					+ ", which is not in the installation's succession of keys");
		}
		if (key == null || !head.verify(key)) {
			problems.add("The signed tree head of size " + size + " does not carry a valid signature of ledger key "
					+ head.keyId());
		}
		if (size > tree.size()) {
			problems.add("The signed tree head of size " + size
					+ " covers events that are no longer in the ledger (it holds " + tree.size() + ")");
			return;
		}
		byte[] root = tree.root(size);
		if (!MessageDigest.isEqual(root, head.head().rootHash())) {
			problems.add("The first " + size + " events no longer match their signed tree head of "
					+ head.head().issuedAt() + ": recomputed root " + hex(root) + ", signed root "
					+ hex(head.head().rootHash()));
		}
	}

	static String hex(byte[] bytes) {
		return HexFormat.of().formatHex(bytes);
	}
}
