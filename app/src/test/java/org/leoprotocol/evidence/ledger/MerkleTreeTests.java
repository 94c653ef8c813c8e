package org.leoprotocol.evidence.ledger;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The tree against the reference vectors of Certificate Transparency (RFC 6962) and against a naive recursive MTH;
 * every proof it builds is checked by {@link MerkleProofs}, which shares no code with it.
 */
class MerkleTreeTests {

	static final HexFormat HEX = HexFormat.of();

	static final String[] REFERENCE_LEAVES = { "", "00", "10", "2021", "3031", "40414243", "5051525354555657",
			"606162636465666768696a6b6c6d6e6f" };

	static final String[] REFERENCE_ROOTS = {
			"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
			"6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
			"fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
			"aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
			"d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
			"4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
			"76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
			"ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
			"5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328" };

	@Test
	void rootsMatchTheCertificateTransparencyReferenceVectors() {
		MerkleTree tree = new MerkleTree();
		for (String leaf : REFERENCE_LEAVES) {
			tree.append(MerkleHash.leaf(HEX.parseHex(leaf)));
		}
		for (int size = 0; size <= REFERENCE_LEAVES.length; size++) {
			assertThat(HEX.formatHex(tree.root(size))).as("root of %d leaves", size).isEqualTo(REFERENCE_ROOTS[size]);
		}
	}

	@Test
	void everyInclusionProofVerifiesAndNoOtherLeafPasses() {
		MerkleTree tree = treeOf(70);
		for (long size = 1; size <= 70; size++) {
			byte[] root = tree.root(size);
			assertThat(root).isEqualTo(naiveRoot(tree, 0, size));
			for (long index = 0; index < size; index++) {
				List<byte[]> proof = tree.inclusionProof(index, size);
				assertThat(MerkleProofs.verifyInclusion(index, size, tree.leaf(index), proof, root)).isTrue();
				long other = (index + 1) % size;
				if (other != index) {
					assertThat(MerkleProofs.verifyInclusion(index, size, tree.leaf(other), proof, root)).isFalse();
				}
			}
		}
	}

	@Test
	void everyConsistencyProofVerifiesAndAForgedRootFails() {
		MerkleTree tree = treeOf(40);
		for (long second = 1; second <= 40; second++) {
			for (long first = 1; first <= second; first++) {
				List<byte[]> proof = tree.consistencyProof(first, second);
				assertThat(MerkleProofs.verifyConsistency(first, second, tree.root(first), tree.root(second), proof))
					.as("%d -> %d", first, second).isTrue();
				if (first < second) {
					byte[] forged = MerkleHash.leaf(new byte[] { 42 });
					assertThat(MerkleProofs.verifyConsistency(first, second, forged, tree.root(second), proof))
						.isFalse();
					assertThat(MerkleProofs.verifyConsistency(first, second, tree.root(first), forged, proof))
						.isFalse();
				}
			}
		}
	}

	@Test
	void aTamperedProofHashFailsInclusion() {
		MerkleTree tree = treeOf(13);
		List<byte[]> proof = new ArrayList<>(tree.inclusionProof(5, 13));
		proof.set(1, MerkleHash.leaf(new byte[] { 1 }));
		assertThat(MerkleProofs.verifyInclusion(5, 13, tree.leaf(5), proof, tree.root(13))).isFalse();
		assertThat(MerkleProofs.verifyInclusion(13, 13, tree.leaf(5), proof, tree.root(13))).isFalse();
	}

	@Test
	void refusesSizesBeyondTheTree() {
		MerkleTree tree = treeOf(3);
		assertThatIllegalArgumentException().isThrownBy(() -> tree.root(4)).withMessageContaining("has 3 events");
		assertThatIllegalArgumentException().isThrownBy(() -> tree.inclusionProof(3, 3));
		assertThatIllegalArgumentException().isThrownBy(() -> tree.consistencyProof(3, 2));
	}

	static MerkleTree treeOf(int size) {
		MerkleTree tree = new MerkleTree();
		for (int i = 0; i < size; i++) {
			tree.append(MerkleHash.leaf(("event " + i).getBytes(StandardCharsets.UTF_8)));
		}
		return tree;
	}

	private static byte[] naiveRoot(MerkleTree tree, long from, long to) {
		if (to - from == 1) {
			return tree.leaf(from);
		}
		long k = Long.highestOneBit(to - from - 1);
		return MerkleHash.node(naiveRoot(tree, from, from + k), naiveRoot(tree, from + k, to));
	}
}
