package org.leoprotocol.evidence.custody;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.leoprotocol.evidence.ledger.Checkpoint;
import org.leoprotocol.evidence.ledger.MerkleTree;
import org.leoprotocol.evidence.ledger.SignedNote;
import org.leoprotocol.evidence.ledger.VerifierKey;

/**
 * Checks the rebuilt ledger against the newest checkpoint that someone outside the database vouches for: a witness's
 * cosignature, or a copy an auditor kept. The log's signature must be the installation's (a checkpoint signed by a
 * replaced key proves nothing); then a ledger shorter than the checkpoint was truncated, and one whose first {@code n}
 * events hash to another root was forked (rewritten and re-hashed). The fork is located between the largest signed size
 * whose root still matches and the checkpoint's size.
 */
final class WitnessedCheck {

	private WitnessedCheck() {
	}

	/**
	 * @param candidates witnessed or kept checkpoints, any order
	 * @param logKeys the installation's trusted keys as signed-note keys
	 * @param witnessKeys the configured witnesses' keys (empty: every validly signed kept copy counts)
	 * @param knownRoots signed sizes and roots (tree heads, checkpoints) to locate a fork with
	 */
	static Result check(MerkleTree tree, List<SignedNote> candidates, String origin, List<VerifierKey> logKeys,
			List<VerifierKey> witnessKeys, List<Checkpoint> knownRoots) {
		List<String> problems = new ArrayList<>();
		List<Witnessed> valid = new ArrayList<>();
		for (SignedNote note : candidates) {
			Checkpoint checkpoint;
			try {
				checkpoint = Checkpoint.parse(note.body());
			}
			catch (IllegalArgumentException ex) {
				problems.add("A kept checkpoint cannot be read: " + ex.getMessage());
				continue;
			}
			if (!checkpoint.origin().equals(origin)) {
				problems.add("A kept checkpoint is of another log (" + checkpoint.origin() + "), not " + origin);
				continue;
			}
			if (logKeys.stream().noneMatch(k -> note.signedBy(k).isPresent())) {
				problems.add("The checkpoint of size " + checkpoint.size()
						+ " is not signed by any key of the installation's"
						+ " succession: the signing key was replaced, or the checkpoint is forged");
				continue;
			}
			List<String> by = witnessKeys.stream().filter(k -> note.signedBy(k).isPresent()).map(VerifierKey::name)
				.toList();
			if (!witnessKeys.isEmpty() && by.isEmpty()) {
				continue;
			}
			valid.add(new Witnessed(checkpoint, by.isEmpty() ? "a kept copy" : "witness " + String.join(", ", by)));
		}
		Optional<Witnessed> newest = valid.stream().max(Comparator.comparingLong(w -> w.checkpoint().size()));
		newest.ifPresent(w -> compare(tree, w, knownRoots, problems));
		return new Result(newest.map(w -> w.checkpoint().size()).orElse(-1L), newest.map(Witnessed::by).orElse(null),
				problems);
	}

	private static void compare(MerkleTree tree, Witnessed witnessed, List<Checkpoint> knownRoots,
			List<String> problems) {
		Checkpoint checkpoint = witnessed.checkpoint();
		long size = checkpoint.size();
		if (size > tree.size()) {
			problems.add("TRUNCATED: the ledger holds " + tree.size() + " events, but the checkpoint of size " + size
					+ " signed by the installation and vouched for by " + witnessed.by() + " covers events "
					+ tree.size()
					+ " to " + (size - 1) + ", which are missing");
			return;
		}
		if (!MessageDigest.isEqual(tree.root(size), checkpoint.rootHash())) {
			long lastGood = knownRoots.stream().filter(k -> k.size() < size && k.size() <= tree.size())
				.filter(k -> MessageDigest.isEqual(tree.root(k.size()), k.rootHash())).mapToLong(Checkpoint::size).max()
				.orElse(0);
			problems.add("FORK: the first " + size + " events hash to " + HexFormat.of().formatHex(tree.root(size))
					+ ", not to the root of the checkpoint vouched for by " + witnessed.by()
					+ ": history was rewritten between"
					+ " positions " + lastGood + " and " + (size - 1) + " (the first " + lastGood
					+ " events still match a signed root)");
		}
	}

	private record Witnessed(Checkpoint checkpoint, String by) {
	}

	/** The size of the newest witnessed checkpoint used (-1 when none) and what did not match it. */
	record Result(long witnessedSize, String witnessedBy, List<String> problems) {
	}
}
