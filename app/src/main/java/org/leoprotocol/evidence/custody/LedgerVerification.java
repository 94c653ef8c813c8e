package org.leoprotocol.evidence.custody;

import java.io.IOException;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.leoprotocol.evidence.CustodyAction;
import org.leoprotocol.evidence.CustodyEvent;
import org.leoprotocol.evidence.EvidenceExport;
import org.leoprotocol.evidence.EvidenceItem;
import org.leoprotocol.evidence.item.EvidenceItems;
import org.leoprotocol.evidence.EvidenceProperties;
import org.leoprotocol.evidence.export.Exports;
import org.leoprotocol.evidence.custody.CustodyEvents.Stored;
import org.leoprotocol.evidence.ledger.Checkpoint;
import org.leoprotocol.evidence.ledger.MerkleHash;
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
 * as CJIS Security Policy 5.4.2 asks of audit failures). What changed is reported; nothing is repaired.
 */
@Service
public class LedgerVerification {

	private static final Pattern SHA = Pattern.compile("(?:^| )sha256=([0-9a-f]{64})");
	private static final Pattern EXPORT_SHA = Pattern.compile("export=(\\S+) .*export_sha256=([0-9a-f]{64})");

	private final CustodyEvents events;
	private final TreeHeads heads;
	private final EvidenceItems items;
	private final Exports exports;
	private final BlobStore store;
	private final Checkpoints checkpoints;
	private final KeyChain keys;
	private final WitnessSubmissions witnesses;
	private final EvidenceProperties properties;

	public LedgerVerification(CustodyEvents events, TreeHeads heads, EvidenceItems items, Exports exports,
			BlobStore store,
			Checkpoints checkpoints, KeyChain keys, WitnessSubmissions witnesses, EvidenceProperties properties) {
		this.checkpoints = checkpoints;
		this.keys = keys;
		this.witnesses = witnesses;
		this.properties = properties;
		this.events = events;
		this.heads = heads;
		this.items = items;
		this.exports = exports;
		this.store = store;
	}

	@Transactional(readOnly = true)
	public Report verify(boolean rehashBlobs) {
		return verify(rehashBlobs, List.of());
	}

	/**
	 * @param kept checkpoints kept outside this database (an auditor's or a witness's copy), checked like the witnessed
	 * ones stored here and the copy kept beside the installation key
	 */
	@Transactional(readOnly = true)
	public Report verify(boolean rehashBlobs, List<SignedNote> kept) {
		List<String> problems = new ArrayList<>();
		MerkleTree tree = new MerkleTree();
		Map<String, String> ingested = new HashMap<>();
		Map<String, String> exported = new HashMap<>();
		try (Stream<Stored> stored = events.everything()) {
			new Pipeline(batch -> batch.forEach(s -> check(s, tree, problems, ingested, exported))).run(stored);
		}
		KeyChain.Chain chain = keys.load();
		problems.addAll(chain.problems());
		List<SignedTreeHead> signed = heads.all();
		for (SignedTreeHead head : signed) {
			checkHead(head, tree, chain, problems);
		}
		WitnessedCheck.Result witnessed = WitnessedCheck.check(tree, candidates(kept), properties.origin(),
				chain.noteKeys(properties.origin()), witnesses.keys(),
				signed.stream().map(h -> new Checkpoint(properties.origin(), h.head().treeSize(), h.head().rootHash()))
					.toList());
		problems.addAll(witnessed.problems());
		int blobs = rehashBlobs ? checkBlobs(ingested, exported, problems) : 0;
		return new Report(tree.size(), signed.size(), blobs, witnessed.witnessedSize(), witnessed.witnessedBy(),
				problems);
	}

	private List<SignedNote> candidates(List<SignedNote> kept) {
		List<SignedNote> all = new ArrayList<>(checkpoints.witnessed());
		all.addAll(kept);
		java.nio.file.Path copy = WitnessSubmissions.keptCopy(properties);
		try {
			if (java.nio.file.Files.exists(copy)) {
				all.add(SignedNote.parse(java.nio.file.Files.readString(copy)));
			}
		}
		catch (IOException | IllegalArgumentException ex) {
			all.add(new SignedNote("unreadable copy " + copy + "\n", List.of()));
		}
		return all;
	}

	private static void check(Hashed hashed, MerkleTree tree, List<String> problems, Map<String, String> ingested,
			Map<String, String> exported) {
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
					+ event.actor()
					+ ") was changed after it was appended: its content now hashes to " + hex(leaf) + ", but "
					+ hex(stored.leafHash()) + " was recorded");
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

	private void checkHead(SignedTreeHead head, MerkleTree tree, KeyChain.Chain chain, List<String> problems) {
		long size = head.head().treeSize();
		byte[] key = heads.publicKey(head.keyId()).orElse(null);
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
					+ " covers events that are no longer in the ledger (it holds "
					+ tree.size() + ")");
			return;
		}
		byte[] root = tree.root(size);
		if (!MessageDigest.isEqual(root, head.head().rootHash())) {
			problems
				.add("The first " + size + " events no longer match their signed tree head of " + head.head().issuedAt()
						+ ": recomputed root " + hex(root) + ", signed root " + hex(head.head().rootHash()));
		}
	}

	private int checkBlobs(Map<String, String> ingested, Map<String, String> exported, List<String> problems) {
		int checked = 0;
		for (EvidenceItem item : items.all()) {
			if (item.state() == EvidenceItem.State.DELETED) {
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
			in.transferTo(java.io.OutputStream.nullOutputStream());
			String actual = hex(((DigestInputStream) in).getMessageDigest().digest());
			if (!actual.equals(expected)) {
				problems.add(what + " changed: its content now hashes to " + actual + ", but " + expected
						+ " was recorded in custody");
			}
		}
		catch (IOException ex) {
			problems.add(what + " cannot be read from the evidence store: " + ex.getMessage());
		}
	}

	private static String hex(byte[] bytes) {
		return HexFormat.of().formatHex(bytes);
	}

	/** An event as stored and the leaf hash its content has now. */
	private record Hashed(Stored stored, byte[] leaf) {
	}

	/**
	 * Reading and checking overlap: this thread only reads rows from the database, while one worker hashes each batch
	 * and checks it against the tree, strictly in ledger order. At most a few batches wait in between.
	 */
	private static final class Pipeline {

		private static final int BATCH = 8192;
		private static final int WAITING = 4;

		private final Consumer<List<Hashed>> inOrder;
		private final Semaphore room = new Semaphore(WAITING);
		private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
			Thread thread = new Thread(r, "ledger-verification");
			thread.setDaemon(true);
			return thread;
		});
		private CompletableFuture<Void> tail = CompletableFuture.completedFuture(null);

		Pipeline(Consumer<List<Hashed>> inOrder) {
			this.inOrder = inOrder;
		}

		void run(Stream<Stored> stored) {
			try {
				List<Stored> batch = new ArrayList<>(BATCH);
				for (var rows = stored.iterator(); rows.hasNext();) {
					batch.add(rows.next());
					if (batch.size() == BATCH) {
						hand(batch);
						batch = new ArrayList<>(BATCH);
					}
				}
				hand(batch);
				tail.join();
			}
			finally {
				worker.shutdownNow();
			}
		}

		private void hand(List<Stored> batch) {
			room.acquireUninterruptibly();
			tail = tail.thenRunAsync(() -> {
				try {
					inOrder.accept(batch.stream().map(s -> new Hashed(s, s.event().leafHash())).toList());
				}
				finally {
					room.release();
				}
			}, worker);
		}
	}

	/** What was checked and what was found wrong; an empty list of problems means the ledger and blobs are intact. */
	public record Report(long events, int signedHeads, int blobs, long witnessedSize, String witnessedBy,
			List<String> problems) {

		public boolean intact() {
			return problems.isEmpty();
		}
	}
}
