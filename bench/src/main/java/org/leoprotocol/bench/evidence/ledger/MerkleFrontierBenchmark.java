package org.leoprotocol.bench.evidence.ledger;

import java.util.List;

import org.leoprotocol.evidence.LedgerTreeTrial;

/**
 * The ledger's tree held whole in memory against what a node keeps now: the right edge with the subtrees of the kept
 * levels stored elsewhere (here a map standing in for PostgreSQL, so the proof figure leaves out the one query a proof
 * costs). Same leaves, same run: heap retained after the appends, appends per second, and inclusion proofs per second;
 * every proof is checked to be the same bytes.
 * <p>
 * {@code java -Xmx2g -cp app/target/classes:bench/target/classes org.leoprotocol.bench.evidence.ledger.MerkleFrontierBenchmark 4194304}
 */
public final class MerkleFrontierBenchmark {

	private MerkleFrontierBenchmark() {
	}

	public static void main(String[] args) {
		int size = args.length > 0 ? Integer.parseInt(args[0]) : 1 << 22;
		long before = usedHeap();
		long start = System.nanoTime();
		LedgerTreeTrial.Whole tree = LedgerTreeTrial.whole();
		for (int i = 0; i < size; i++) {
			tree.append(leaf(i));
		}
		double treeSeconds = (System.nanoTime() - start) / 1e9;
		long treeHeap = usedHeap() - before;

		usedHeap(); // collects the whole tree's garbage before the appends are timed
		start = System.nanoTime();
		LedgerTreeTrial.RightEdge frontier = LedgerTreeTrial.rightEdge(true);
		for (int i = 0; i < size; i++) {
			frontier.append(leaf(i));
		}
		double frontierSeconds = (System.nanoTime() - start) / 1e9;
		int keptRows = frontier.keptSubtrees();
		// the right edge alone, without the map standing in for the database: what a node holds
		before = usedHeap();
		LedgerTreeTrial.RightEdge edgeOnly = LedgerTreeTrial.rightEdge(false);
		for (int i = 0; i < size; i++) {
			edgeOnly.append(leaf(i));
		}
		long frontierHeap = usedHeap() - before;
		frontier.storeLeaves(tree);

		int proofs = 20_000;
		start = System.nanoTime();
		long checksum = 0;
		for (int p = 0; p < proofs; p++) {
			checksum += tree.inclusionProof(index(p, size), size).size();
		}
		double treeProofSeconds = (System.nanoTime() - start) / 1e9;
		start = System.nanoTime();
		for (int p = 0; p < proofs; p++) {
			checksum += frontier.inclusionProof(index(p, size), size).size();
		}
		double pathProofSeconds = (System.nanoTime() - start) / 1e9;
		for (int p = 0; p < 200; p++) {
			List<byte[]> a = tree.inclusionProof(index(p, size), size);
			List<byte[]> b = frontier.inclusionProof(index(p, size), size);
			for (int i = 0; i < a.size(); i++) {
				if (!java.util.Arrays.equals(a.get(i), b.get(i))) {
					throw new IllegalStateException("proofs differ");
				}
			}
		}
		System.out.printf("leaves %d (checksum %d)%n", size, checksum);
		System.out.printf("whole tree: heap %.1f MB, %.0f appends/s, %.0f inclusion proofs/s%n", treeHeap / 1e6,
				size / treeSeconds, proofs / treeProofSeconds);
		System.out.printf(
				"right edge: heap %.3f MB (%d hashes in memory), %.0f appends/s, %.0f inclusion proofs/s from %d stored"
						+ " subtree rows%n",
				frontierHeap / 1e6, edgeOnly.retainedHashes(), size / frontierSeconds, proofs / pathProofSeconds,
				keptRows);
		System.out.printf("times: whole tree appends %.1f s, right edge appends %.1f s (with the stored rows)%n",
				treeSeconds, frontierSeconds);
	}

	private static long index(int p, int size) {
		return (p * 2_654_435_761L) % size;
	}

	private static byte[] leaf(int i) {
		return LedgerTreeTrial.leafHash(new byte[] { (byte) i, (byte) (i >> 8), (byte) (i >> 16), (byte) (i >> 24) });
	}

	private static long usedHeap() {
		for (int i = 0; i < 3; i++) {
			System.gc();
		}
		Runtime runtime = Runtime.getRuntime();
		return runtime.totalMemory() - runtime.freeMemory();
	}
}
