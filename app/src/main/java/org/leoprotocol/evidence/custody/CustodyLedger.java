package org.leoprotocol.evidence.custody;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.leoprotocol.evidence.CustodyAction;
import org.leoprotocol.evidence.CustodyEvent;
import org.leoprotocol.evidence.EvidenceId;
import org.leoprotocol.evidence.EvidenceProperties;
import org.leoprotocol.evidence.ledger.Checkpoint;
import org.leoprotocol.evidence.ledger.ExportProof;
import org.leoprotocol.evidence.ledger.NoteSignature;
import org.leoprotocol.evidence.ledger.SignedNote;
import org.leoprotocol.evidence.ledger.SignedTreeHead;
import org.leoprotocol.evidence.ledger.TreeHead;
import org.leoprotocol.evidence.ledger.VerifierKey;
import org.leoprotocol.shared.Actor;
import org.leoprotocol.shared.InvalidInput;
import org.leoprotocol.shared.UnknownRecord;

import org.springframework.stereotype.Service;

/**
 * The chain of custody of every item, as a tamper-evident log (RFC 9162, Certificate Transparency 2.0): each event is a
 * leaf of an RFC 9162 Merkle tree kept append-only in PostgreSQL; signed tree heads are published at intervals; any
 * event can be proven to be in the ledger (inclusion proof) and any later head proven to extend an earlier one
 * (consistency proof), so a rewrite of history cannot pass unnoticed by whoever kept a head.
 */
@Service
public class CustodyLedger {

	private final GroupCommit commits;
	private final CustodyEvents events;
	private final LedgerTree tree;
	private final TreeHeads heads;
	private final LedgerKey key;
	private final Checkpoints checkpoints;
	private final String origin;
	private final Clock clock;

	CustodyLedger(GroupCommit commits, CustodyEvents events, LedgerTree tree, TreeHeads heads, LedgerKey key,
			Checkpoints checkpoints, EvidenceProperties properties, Clock clock) {
		this.checkpoints = checkpoints;
		this.origin = properties.origin();
		this.commits = commits;
		this.events = events;
		this.tree = tree;
		this.heads = heads;
		this.key = key;
		this.clock = clock;
	}

	/**
	 * Records an event by the person acting (Leo itself for work no person started; the person who asked, for work that
	 * runs after the request, such as an export stamped in the background) and returns once it is durable.
	 */
	public CustodyEvent record(EvidenceId evidence, CustodyAction action, String detail, Actor actor) {
		return commits.append(evidence, action, actor.username(), detail == null ? "" : detail);
	}

	public List<CustodyEvent> history(EvidenceId evidence) {
		return events.of(evidence);
	}

	public long size() {
		return tree.size();
	}

	/**
	 * Signs and publishes a head for the ledger as it is now, unless the latest head already covers it, together with
	 * its C2SP checkpoint. Refused ({@link LedgerKey.SigningRefused}) on a node without the installation key.
	 */
	public SignedTreeHead publishHead() {
		long size = tree.size();
		Optional<SignedTreeHead> latest = heads.latest();
		if (latest.isPresent() && latest.get().head().treeSize() >= size) {
			if (!checkpoints.signed(latest.get().head().treeSize()) && key.available()) {
				signCheckpoint(latest.get().head());
			}
			return latest.get();
		}
		TreeHead head = new TreeHead(size, tree.root(size), clock.instant().truncatedTo(ChronoUnit.MICROS));
		heads.insert(new SignedTreeHead(head, key.id(), key.sign(head.signedBytes())));
		signCheckpoint(head);
		return heads.ofSize(size).orElseThrow();
	}

	private void signCheckpoint(TreeHead head) {
		String body = new Checkpoint(origin, head.treeSize(), head.rootHash()).body();
		VerifierKey signer = key.verifierKey(origin, VerifierKey.ED25519);
		byte[] signature = key.sign(body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
		SignedNote note = new SignedNote(body, List.of(new NoteSignature(origin, signer.id(), signature)));
		checkpoints.insert(head.treeSize(), note, key.id(), clock.instant());
	}

	/** The receipt of an event: its entry and inclusion proof in the newest checkpoint, signed first if need be. */
	public ExportProof proveEntry(CustodyEvent event) {
		SignedNote note = checkpoints.latest().filter(n -> Checkpoint.parse(n.body()).size() > event.position())
			.orElse(null);
		if (note == null) {
			publishHead();
			note = checkpoints.latest().orElseThrow();
		}
		long size = Checkpoint.parse(note.body()).size();
		return new ExportProof(event.entry(), event.position(), tree.inclusionProof(event.position(), size), note);
	}

	/** The newest signed checkpoint with the cosignatures witnesses returned for it. */
	public Optional<SignedNote> checkpoint() {
		return checkpoints.latest();
	}

	/** The public key that verifies this ledger's checkpoints, in signed-note form ({@code origin+id+key}). */
	public String verifierKey() {
		if (key.available()) {
			return key.verifierKey(origin, VerifierKey.ED25519).toString();
		}
		return key.currentKeyId().flatMap(heads::publicKey)
			.map(k -> VerifierKey.of(origin, VerifierKey.ED25519, k).toString())
			.orElse("");
	}

	String origin() {
		return origin;
	}

	public Optional<SignedTreeHead> latestHead() {
		return heads.latest();
	}

	/**
	 * Proves that the event at {@code position} is in the first signed head that covers it, publishing one if needed.
	 */
	public InclusionProof proveInclusion(long position) {
		CustodyEvent event = events.at(position);
		SignedTreeHead head = heads.firstCovering(position).orElseGet(this::publishHead);
		List<String> path = tree.inclusionProof(position, head.head().treeSize()).stream().map(CustodyLedger::hex)
			.toList();
		return new InclusionProof(event, hex(event.leafHash()), path, HeadView.of(head, publicKey(head)));
	}

	/** Proves that the signed head of {@code first} events is a prefix of the signed head of {@code second}. */
	public ConsistencyProof proveConsistency(long first, long second) {
		if (first > second) {
			throw new InvalidInput("evidence.ledger.consistency.backwards", String.valueOf(first),
					String.valueOf(second));
		}
		SignedTreeHead older = heads.ofSize(first)
			.orElseThrow(() -> new UnknownRecord("evidence.ledger.head.unknown", String.valueOf(first)));
		SignedTreeHead newer = heads.ofSize(second)
			.orElseThrow(() -> new UnknownRecord("evidence.ledger.head.unknown", String.valueOf(second)));
		List<String> path = tree.consistencyProof(first, second).stream().map(CustodyLedger::hex).toList();
		return new ConsistencyProof(HeadView.of(older, publicKey(older)), HeadView.of(newer, publicKey(newer)), path);
	}

	public List<HeadView> heads() {
		return heads.all().stream().map(h -> HeadView.of(h, publicKey(h))).toList();
	}

	private byte[] publicKey(SignedTreeHead head) {
		return heads.publicKey(head.keyId()).orElse(new byte[0]);
	}

	static String hex(byte[] bytes) {
		return HexFormat.of().formatHex(bytes);
	}

	/** A signed tree head as published: hashes in hex, the signature and the signer's public key (X.509) in Base64. */
	public record HeadView(long treeSize, String rootHash, java.time.Instant issuedAt, String keyId, String signature,
			String publicKey, String signedText) {

		static HeadView of(SignedTreeHead head, byte[] publicKey) {
			java.util.Base64.Encoder base64 = java.util.Base64.getEncoder();
			return new HeadView(head.head().treeSize(), hex(head.head().rootHash()), head.head().issuedAt(),
					head.keyId(),
					base64.encodeToString(head.signature()), base64.encodeToString(publicKey),
					new String(head.head().signedBytes(), java.nio.charset.StandardCharsets.UTF_8));
		}
	}

	/** RFC 9162 §2.1.3: the audit path from the event's leaf to the root of {@code head}. */
	public record InclusionProof(CustodyEvent event, String leafHash, List<String> path, HeadView head) {
	}

	/** RFC 9162 §2.1.4: the nodes that show {@code first} is a prefix of {@code second}. */
	public record ConsistencyProof(HeadView first, HeadView second, List<String> path) {
	}
}
