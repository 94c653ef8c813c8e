package org.leoprotocol.evidence.ledger;

import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks proofs without the tree, as an auditor or a court's expert would: the verification algorithms of RFC 9162
 * §2.1.3.2 (inclusion) and §2.1.4.2 (consistency), written from the RFC's text and independent of how
 * {@link MerkleTree} builds the proofs.
 */
public final class MerkleProofs {

	private MerkleProofs() {
	}

	/**
	 * Whether {@code leafHash} is leaf {@code index} of the tree of {@code treeSize} leaves whose root is {@code root}.
	 */
	public static boolean verifyInclusion(long index, long treeSize, byte[] leafHash, List<byte[]> path, byte[] root) {
		if (index < 0 || index >= treeSize) {
			return false;
		}
		long fn = index;
		long sn = treeSize - 1;
		byte[] r = leafHash;
		for (byte[] p : path) {
			if (sn == 0) {
				return false;
			}
			if ((fn & 1) == 1 || fn == sn) {
				r = MerkleHash.node(p, r);
				while ((fn & 1) == 0 && fn != 0) {
					fn >>= 1;
					sn >>= 1;
				}
			}
			else {
				r = MerkleHash.node(r, p);
			}
			fn >>= 1;
			sn >>= 1;
		}
		return sn == 0 && MessageDigest.isEqual(r, root);
	}

	/** Whether the tree of {@code first} leaves with root {@code firstRoot} is a prefix of the later tree. */
	public static boolean verifyConsistency(long first, long second, byte[] firstRoot, byte[] secondRoot,
			List<byte[]> proof) {
		if (first < 0 || first > second) {
			return false;
		}
		if (first == second) {
			return proof.isEmpty() && MessageDigest.isEqual(firstRoot, secondRoot);
		}
		if (first == 0) {
			return proof.isEmpty();
		}
		if (proof.isEmpty()) {
			return false;
		}
		List<byte[]> path = new ArrayList<>(proof);
		if (Long.bitCount(first) == 1) {
			path.add(0, firstRoot);
		}
		long fn = first - 1;
		long sn = second - 1;
		while ((fn & 1) == 1) {
			fn >>= 1;
			sn >>= 1;
		}
		byte[] fr = path.get(0);
		byte[] sr = path.get(0);
		for (byte[] c : path.subList(1, path.size())) {
			if (sn == 0) {
				return false;
			}
			if ((fn & 1) == 1 || fn == sn) {
				fr = MerkleHash.node(c, fr);
				sr = MerkleHash.node(c, sr);
				while ((fn & 1) == 0 && fn != 0) {
					fn >>= 1;
					sn >>= 1;
				}
			}
			else {
				sr = MerkleHash.node(sr, c);
			}
			fn >>= 1;
			sn >>= 1;
		}
		return sn == 0 && MessageDigest.isEqual(fr, firstRoot) && MessageDigest.isEqual(sr, secondRoot);
	}
}
