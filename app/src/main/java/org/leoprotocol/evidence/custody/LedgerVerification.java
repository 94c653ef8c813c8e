package org.leoprotocol.evidence.custody;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.leoprotocol.evidence.EvidenceProperties;
import org.leoprotocol.evidence.custody.CustodyEvents.Stored;
import org.leoprotocol.evidence.export.Exports;
import org.leoprotocol.evidence.item.EvidenceItems;
import org.leoprotocol.evidence.ledger.Checkpoint;
import org.leoprotocol.evidence.ledger.MerkleTree;
import org.leoprotocol.evidence.ledger.SignedNote;
import org.leoprotocol.evidence.ledger.SignedTreeHead;
import org.leoprotocol.evidence.store.BlobStore;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Re-checks everything the ledger vouches for, from scratch: every event's content against the leaf hash stored when it
 * was appended, the whole Merkle tree rebuilt from the events' content against every signed tree head (signature and
 * root), and every blob re-hashed against the SHA-256 its INGESTED or EXPORTED event recorded (a fixity check, reported
 * as CJIS Security Policy 5.4.2 asks of audit failures). A stored checkpoint or cosignature that no longer reads is
 * reported with the rest. What changed is reported; nothing is repaired.
 */
@Service
public class LedgerVerification {

	private final CustodyEvents events;
	private final TreeHeads heads;
	private final BlobFixity fixity;
	private final Checkpoints checkpoints;
	private final KeyChain keys;
	private final WitnessSubmissions witnesses;
	private final EvidenceProperties properties;

	public LedgerVerification(CustodyEvents events, TreeHeads heads, EvidenceItems items, Exports exports,
			BlobStore store, Checkpoints checkpoints, KeyChain keys, WitnessSubmissions witnesses,
			EvidenceProperties properties) {
		this.checkpoints = checkpoints;
		this.keys = keys;
		this.witnesses = witnesses;
		this.properties = properties;
		this.events = events;
		this.heads = heads;
		this.fixity = new BlobFixity(items, exports, store);
	}

	/** Verifies the ledger with the checkpoints stored here and beside the installation key. */
	@Transactional(readOnly = true)
	public Report verify(boolean rehashBlobs) {
		return verify(rehashBlobs, List.of());
	}

	/**
	 * Verifies the ledger, and with it checkpoints kept elsewhere.
	 *
	 * @param kept checkpoints kept outside this database (an auditor's or a witness's copy), checked like the witnessed
	 * ones stored here and the copy kept beside the installation key
	 */
	@Transactional(readOnly = true)
	public Report verify(boolean rehashBlobs, List<SignedNote> kept) {
		List<String> problems = new ArrayList<>();
		LedgerReplay replay = new LedgerReplay(problems);
		try (Stream<Stored> stored = events.everything()) {
			new VerificationPipeline(batch -> batch.forEach(replay::event)).run(stored);
		}
		MerkleTree tree = replay.tree;
		KeyChain.Chain chain = keys.load();
		problems.addAll(chain.problems());
		List<SignedTreeHead> signed = heads.all();
		for (SignedTreeHead head : signed) {
			replay.head(head, heads.publicKey(head.keyId()).orElse(null), chain);
		}
		WitnessedCheck.Result witnessed = WitnessedCheck.check(tree, candidates(kept, problems), properties.origin(),
				chain.noteKeys(properties.origin()), witnesses.keys(),
				signed.stream().map(h -> new Checkpoint(properties.origin(), h.head().treeSize(), h.head().rootHash()))
					.toList());
		problems.addAll(witnessed.problems());
		int blobs = rehashBlobs ? fixity.check(replay.ingested, replay.exported, problems) : 0;
		return new Report(tree.size(), signed.size(), blobs, witnessed.witnessedSize(), witnessed.witnessedBy(),
				problems);
	}

	private List<SignedNote> candidates(List<SignedNote> kept, List<String> problems) {
		List<SignedNote> all = new ArrayList<>(checkpoints.witnessed(problems));
		all.addAll(kept);
		Path copy = WitnessSubmissions.keptCopy(properties);
		try {
			if (Files.exists(copy)) {
				all.add(SignedNote.parse(Files.readString(copy)));
			}
		}
		catch (IOException | IllegalArgumentException ex) {
			all.add(new SignedNote("unreadable copy " + copy + "\n", List.of()));
		}
		return all;
	}

	/** What was checked and what was found wrong; an empty list of problems means the ledger and blobs are intact. */
	public record Report(long events, int signedHeads, int blobs, long witnessedSize, String witnessedBy,
			List<String> problems) {

		public boolean intact() {
			return problems.isEmpty();
		}
	}
}
