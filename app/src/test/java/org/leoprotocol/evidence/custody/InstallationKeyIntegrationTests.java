package org.leoprotocol.evidence.custody;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import org.leoprotocol.LeoIntegrationTest;
import org.leoprotocol.evidence.EvidenceProperties;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** One signing identity per installation: nodes share the key file; a node without it, or with another, refuses. */
@LeoIntegrationTest
class InstallationKeyIntegrationTests {

	@Autowired
	LedgerKey key;
	@Autowired
	KeyChain chain;
	@Autowired
	EvidenceProperties properties;
	@Autowired
	JdbcClient jdbc;
	@Autowired
	Clock clock;
	@Autowired
	TransactionTemplate transaction;
	@Autowired
	CustodyLedger ledger;

	@Test
	void twoNodesOverOneDatabaseSignWithOneKeyAndRegisterItOnce() throws Exception {
		long keys = registeredKeys();
		LedgerKey first = new LedgerKey(properties, jdbc, clock);
		LedgerKey second = new LedgerKey(properties, jdbc, clock);
		assertThat(first.id()).isEqualTo(second.id()).isEqualTo(key.id());
		assertThat(registeredKeys()).isEqualTo(keys);
		assertThat(Files.getPosixFilePermissions(properties.keyFile()))
			.isEqualTo(PosixFilePermissions.fromString("rw-------"));
	}

	/**
	 * Two nodes, each with its own copy of the installation's key file (as a second server is given one), sign the same
	 * checkpoint: both signatures verify under the one verifier key the ledger publishes, and neither node registered a
	 * key of its own.
	 */
	@Test
	void twoNodesWithCopiesOfTheKeyFileSignCheckpointsThatThePublishedKeyVerifies() throws Exception {
		long keys = registeredKeys();
		Path copy = Files.createTempDirectory("leo-node-copy").resolve("ledger.key");
		Files.copy(properties.keyFile(), copy);
		LedgerKey nodeA = new LedgerKey(properties, jdbc, clock);
		LedgerKey nodeB = new LedgerKey(with(copy, null), jdbc, clock);
		org.leoprotocol.evidence.ledger.VerifierKey published = org.leoprotocol.evidence.ledger.VerifierKey
			.parse(ledger.verifierKey());
		String body = new org.leoprotocol.evidence.ledger.Checkpoint(properties.origin(), 42, new byte[32]).body();
		for (LedgerKey node : java.util.List.of(nodeA, nodeB)) {
			byte[] signature = node.sign(body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
			assertThat(new org.leoprotocol.evidence.ledger.NoteSignature(published.name(), published.id(), signature)
				.verifies(published, body)).isTrue();
		}
		assertThat(nodeB.id()).isEqualTo(nodeA.id()).isEqualTo(key.id());
		assertThat(registeredKeys()).isEqualTo(keys);
	}

	@Test
	void aNodeWithoutTheKeyRefusesToSignAndSaysWhy() throws Exception {
		long keys = registeredKeys();
		Path missing = Files.createTempDirectory("leo-node-b").resolve("ledger.key");
		LedgerKey nodeB = new LedgerKey(with(missing, null), jdbc, clock);
		assertThat(nodeB.available()).isFalse();
		assertThatThrownBy(() -> nodeB.sign(new byte[] { 1 })).isInstanceOf(LedgerKey.SigningRefused.class)
			.hasMessageContaining("no copy of the installation key").hasMessageContaining(missing.toString())
			.hasMessageContaining(key.id()).hasMessageContaining("will not make a second key");
		assertThat(Files.exists(missing)).isFalse();
		assertThat(registeredKeys()).isEqualTo(keys);
	}

	@Test
	void aNodeWhoseKeyFileHoldsAnotherKeyRefuses() throws Exception {
		Path other = Files.createTempDirectory("leo-node-c").resolve("ledger.key");
		KeyFile.write(other, KeyPairGenerator.getInstance("Ed25519").generateKeyPair(), null);
		LedgerKey nodeC = new LedgerKey(with(other, null), jdbc, clock);
		assertThat(nodeC.refusal()).get().asString().contains("but the installation signs with key " + key.id());
	}

	@Test
	void anEncryptedKeyFileOpensOnlyWithItsPassphrase() throws Exception {
		Path file = Files.createTempDirectory("leo-node-d").resolve("ledger.key");
		KeyFile.write(file, KeyPairGenerator.getInstance("Ed25519").generateKeyPair(), "correct horse battery staple");
		assertThat(Files.readString(file)).contains("encryption aes-256-gcm pbkdf2-sha256")
			.doesNotContain("MC4CAQAwBQYDK2Vw");
		assertThat(KeyFile.read(file, "correct horse battery staple").getPrivate()).isNotNull();
		assertThatThrownBy(() -> KeyFile.read(file, "wrong")).hasMessageContaining("passphrase does not open");
		assertThatThrownBy(() -> KeyFile.read(file, null)).hasMessageContaining("LEO_EVIDENCE_KEY_PASSPHRASE");
	}

	@Test
	void aRotationIsASignedTransitionTheVerifierTrusts() throws Exception {
		Path copy = Files.createTempDirectory("leo-rotation").resolve("ledger.key");
		Files.copy(properties.keyFile(), copy);
		transaction.executeWithoutResult(status -> {
			LedgerKey node = new LedgerKey(with(copy, null), jdbc, clock);
			String before = node.id();
			String statement = new KeyRotation(node, chain, jdbc, transaction, properties, clock).rotate();
			assertThat(statement).startsWith(KeyChain.TRANSITION).contains("old " + before)
				.contains("new " + node.id());
			KeyChain.Chain after = chain.load();
			assertThat(after.problems()).isEmpty();
			assertThat(after.trusts(node.id())).isTrue();
			assertThat(new LedgerKey(with(copy, null), jdbc, clock).id())
				.as("the rotated file is the installation key now")
				.isEqualTo(node.id());
			status.setRollbackOnly();
		});
		try (Stream<Path> files = Files.list(copy.getParent())) {
			assertThat(files)
				.anySatisfy(f -> assertThat(f.getFileName().toString()).startsWith("ledger.key.retired-"));
		}
	}

	private EvidenceProperties with(Path keyFile, String passphrase) {
		return new EvidenceProperties(properties.directory(), null, null, null, null, null, keyFile, passphrase,
				properties.origin(),
				null, null, null);
	}

	private long registeredKeys() {
		return jdbc.sql("select count(*) from custody_signing_key").query(Long.class).single();
	}
}
