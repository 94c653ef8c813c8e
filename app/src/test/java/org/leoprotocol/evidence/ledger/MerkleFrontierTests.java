package org.leoprotocol.evidence.ledger;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The right edge alone, with the subtrees of the kept levels stored beside it, answers every root and proof exactly as
 * the whole tree in memory does, while holding one hash per set bit of its size.
 */
class MerkleFrontierTests {

	@Test
	void holdsOneHashPerSetBitOfItsSizeHoweverManyLeaves() {
		MerkleFrontier frontier = new MerkleFrontier();
		int most = 0;
		for (int i = 0; i < 200_000; i++) {
			frontier.append(MerkleHash.leaf(new byte[] { (byte) i, (byte) (i >> 8), (byte) (i >> 16) }), done -> {
			});
			assertThat(frontier.retainedHashes()).isEqualTo(Long.bitCount(frontier.size()));
			most = Math.max(most, frontier.retainedHashes());
		}
		assertThat(most).isLessThanOrEqualTo(64 - Long.numberOfLeadingZeros(200_000L));
	}

	@Test
	void rootsAndProofsFromTheEdgeAndTheKeptLevelsEqualTheWholeTrees() {
		MerkleTree tree = new MerkleTree();
		MerkleFrontier frontier = new MerkleFrontier();
		Map<Subtree, byte[]> store = new HashMap<>();
		for (int i = 0; i < 300; i++) {
			byte[] leaf = MerkleHash.leaf(("event " + i).getBytes(StandardCharsets.UTF_8));
			tree.append(leaf);
			store.put(new Subtree(0, i), leaf);
			frontier.append(leaf, done -> {
				if (KeptLevels.kept(done.subtree().level())) {
					store.put(done.subtree(), done.hash());
				}
			});
			assertThat(frontier.root()).isEqualTo(tree.root(tree.size()));
		}
		assertThat(store.keySet()).allMatch(s -> KeptLevels.kept(s.level()));
		MerklePaths paths = new MerklePaths(new KeptLevels(store::get), frontier.size());
		for (long second = 1; second <= 300; second += 7) {
			assertThat(paths.root(second)).isEqualTo(tree.root(second));
			for (long index = 0; index < second; index += 3) {
				assertSame(paths.inclusionProof(index, second), tree.inclusionProof(index, second));
			}
			for (long first = 1; first <= second; first += 5) {
				assertSame(paths.consistencyProof(first, second), tree.consistencyProof(first, second));
			}
		}
		assertThatIllegalArgumentException().isThrownBy(() -> paths.root(301)).withMessageContaining("has 300 events");
	}

	@Test
	void anEdgeReadBackFromTheStoreContinuesLikeTheOriginal() {
		MerkleFrontier original = new MerkleFrontier();
		Map<Subtree, byte[]> store = new HashMap<>();
		for (int i = 0; i < 1000; i++) {
			byte[] leaf = MerkleHash.leaf(("event " + i).getBytes(StandardCharsets.UTF_8));
			store.put(new Subtree(0, i), leaf);
			original.append(leaf, done -> store.put(done.subtree(), done.hash()));
			if (i % 97 == 0) {
				MerkleFrontier readBack = MerkleFrontier.of(original.size(), new KeptLevels(store::get));
				assertThat(readBack.root()).isEqualTo(original.root());
				assertThat(readBack.retainedHashes()).isEqualTo(original.retainedHashes());
			}
		}
	}

	private static void assertSame(List<byte[]> actual, List<byte[]> expected) {
		assertThat(actual).hasSameSizeAs(expected);
		for (int i = 0; i < expected.size(); i++) {
			assertThat(actual.get(i)).isEqualTo(expected.get(i));
		}
	}
}
