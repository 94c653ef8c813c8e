package org.leoprotocol.evidence.ledger;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SignedTreeHeadTests {

	@Test
	void aSignatureHoldsForItsHeadOnly() throws Exception {
		KeyPair key = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
		TreeHead head = new TreeHead(7, MerkleHash.leaf(new byte[] { 7 }), Instant.parse("2026-11-22T10:00:00Z"));
		Signature ed25519 = Signature.getInstance("Ed25519");
		ed25519.initSign(key.getPrivate());
		ed25519.update(head.signedBytes());
		byte[] signature = ed25519.sign();

		assertThat(new SignedTreeHead(head, "k1", signature).verify(key.getPublic().getEncoded())).isTrue();
		TreeHead rewritten = new TreeHead(7, MerkleHash.leaf(new byte[] { 8 }), head.issuedAt());
		assertThat(new SignedTreeHead(rewritten, "k1", signature).verify(key.getPublic().getEncoded())).isFalse();
		assertThat(new SignedTreeHead(head, "k1", signature).verify(new byte[] { 1, 2, 3 })).isFalse();
	}
}
