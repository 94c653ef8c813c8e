package org.leoprotocol.bench.evidence.ledger;

import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import org.leoprotocol.evidence.LedgerTreeTrial;

/**
 * The Merkle tree in memory: appends of leaf hashes (into trees of up to a million leaves), and checking an inclusion
 * proof in a tree of 4 M leaves.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgs = "-Xmx1g")
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
public class MerkleTreeBenchmark {

	private static final int SIZE = 1 << 22;

	private final byte[] leaf = LedgerTreeTrial.leafHash(new byte[512]);
	private LedgerTreeTrial.Whole growing;
	private LedgerTreeTrial.Whole full;
	private List<byte[]> proof;
	private byte[] root;

	@Setup
	public void build() {
		growing = LedgerTreeTrial.whole();
		full = LedgerTreeTrial.whole();
		for (int i = 0; i < SIZE; i++) {
			full.append(LedgerTreeTrial.leafHash(new byte[] { (byte) i, (byte) (i >> 8), (byte) (i >> 16) }));
		}
		proof = full.inclusionProof(1_234_567, SIZE);
		root = full.root(SIZE);
	}

	@Benchmark
	public long append() {
		if (growing.size() == 1 << 20) {
			growing = LedgerTreeTrial.whole();
		}
		growing.append(leaf);
		return growing.size();
	}

	@Benchmark
	public boolean verifyInclusion() {
		return LedgerTreeTrial.verifyInclusion(1_234_567, SIZE, full.leaf(1_234_567), proof, root);
	}
}
