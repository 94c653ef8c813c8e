package org.leoprotocol.evidence.ledger;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SignedNoteTests {

	@Test
	void readsTheGoChecksumDatabasesPublishedVerifierKey() {
		VerifierKey sumdb = VerifierKey.parse("sum.golang.org+033de0ae+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8");
		assertThat(sumdb.name()).isEqualTo("sum.golang.org");
		assertThat(sumdb.idHex()).isEqualTo("033de0ae");
		assertThat(sumdb.type()).isEqualTo(VerifierKey.ED25519);
		assertThat(sumdb.toString()).isEqualTo("sum.golang.org+033de0ae+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8");
		assertThatThrownBy(
				() -> VerifierKey.parse("sum.golang.org+033de0af+Ac4zctda0e5eza+HJyk9SxEdh+s3Ux18htTTAD8OuAn8"))
			.hasMessageContaining("wrong key id");
	}

	@Test
	void aCheckpointNoteRoundTripsAndVerifiesOnlyWithItsKey() throws Exception {
		KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
		VerifierKey key = VerifierKey.of("example.org/log", VerifierKey.ED25519, pair.getPublic().getEncoded());
		String body = new Checkpoint("example.org/log", 42, MerkleHash.leaf(new byte[] { 1 })).body();
		SignedNote note = new SignedNote(body,
				List.of(new NoteSignature(key.name(), key.id(), sign(pair, body.getBytes(StandardCharsets.UTF_8)))));

		String text = note.text();
		assertThat(text).startsWith("example.org/log\n42\n").contains("\n\n\u2014 example.org/log ");
		SignedNote read = SignedNote.parse(text);
		assertThat(read.signedBy(key)).isPresent();
		assertThat(Checkpoint.parse(read.body()).size()).isEqualTo(42);
		SignedNote changed = SignedNote.parse(text.replace("\n42\n", "\n43\n"));
		assertThat(changed.signedBy(key)).isEmpty();
		VerifierKey other = VerifierKey.of("example.org/log", VerifierKey.ED25519,
				KeyPairGenerator.getInstance("Ed25519").generateKeyPair().getPublic().getEncoded());
		assertThat(read.signedBy(other)).isEmpty();
	}

	@Test
	void aCosignatureCoversTheTimestampAndTheCheckpoint() throws Exception {
		KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
		VerifierKey witness = VerifierKey.of("witness.example", VerifierKey.COSIGNATURE, pair.getPublic().getEncoded());
		String body = new Checkpoint("example.org/log", 7, MerkleHash.empty()).body();
		NoteSignature cosignature = NoteSignature.cosignature(witness, 1_700_000_000L,
				sign(pair, NoteSignature.cosigned(1_700_000_000L, body)));

		NoteSignature read = NoteSignature.parse(cosignature.line()).orElseThrow();
		assertThat(read.timestamp()).isEqualTo(1_700_000_000L);
		assertThat(read.verifies(witness, body)).isTrue();
		assertThat(read.verifies(witness, body.replace("\n7\n", "\n8\n"))).isFalse();
		VerifierKey sameKeyAsLogKey = VerifierKey.of("witness.example", VerifierKey.ED25519,
				pair.getPublic().getEncoded());
		assertThat(read.verifies(sameKeyAsLogKey, body)).as("the key type is part of the key id").isFalse();
	}

	@Test
	void aWitnessRequestRoundTrips() {
		WitnessRequest request = new WitnessRequest(3, List.of(MerkleHash.empty(), MerkleHash.leaf(new byte[0])),
				"note\n\n\u2014 x AAAAAAA=\n");
		WitnessRequest read = WitnessRequest.parse(request.text());
		assertThat(read.oldSize()).isEqualTo(3);
		assertThat(read.proof()).hasSize(2);
		assertThat(read.checkpoint()).isEqualTo(request.checkpoint());
		assertThatThrownBy(() -> WitnessRequest.parse("old -1\n\nx")).isInstanceOf(IllegalArgumentException.class);
	}

	static byte[] sign(KeyPair pair, byte[] message) throws Exception {
		Signature ed25519 = Signature.getInstance("Ed25519");
		ed25519.initSign(pair.getPrivate());
		ed25519.update(message);
		return ed25519.sign();
	}
}
