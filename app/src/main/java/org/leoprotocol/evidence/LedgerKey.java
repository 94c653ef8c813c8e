package org.leoprotocol.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HexFormat;

import org.leoprotocol.evidence.ledger.MerkleHash;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The Ed25519 key (RFC 8032, from the JDK) that signs tree heads. It is made on first start and kept as files
 * beside the evidence store, readable by Leo's user only: never in the database it vouches for, never in the
 * repository. Its public half is published in the database so that anyone can check the heads. A deployment that
 * must meet CJIS Security Policy 5.10.1.2 (FIPS 140 validated modules) would keep it in a KMS or HSM instead.
 */
@Component
class LedgerKey {

	private final PrivateKey privateKey;
	private final byte[] publicKey;
	private final String id;

	LedgerKey(EvidenceProperties properties, JdbcClient jdbc, Clock clock) {
		Path directory = properties.directory().resolve("ledger-key");
		try {
			KeyPair pair = Files.exists(directory.resolve("ed25519.pk8")) ? load(directory) : create(directory);
			this.privateKey = pair.getPrivate();
			this.publicKey = Files.readAllBytes(directory.resolve("ed25519.pub"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or create the ledger's signing key in " + directory, ex);
		}
		this.id = HexFormat.of().formatHex(MerkleHash.sha256().digest(publicKey)).substring(0, 16);
		jdbc.sql("""
				insert into custody_signing_key (key_id, public_key, created_at) values (:id, :key, :at)
				on conflict (key_id) do nothing
				""").param("id", id).param("key", publicKey).param("at", clock.instant().atOffset(ZoneOffset.UTC)).update();
	}

	String id() {
		return id;
	}

	byte[] publicKey() {
		return publicKey.clone();
	}

	byte[] sign(byte[] message) {
		try {
			Signature ed25519 = Signature.getInstance("Ed25519");
			ed25519.initSign(privateKey);
			ed25519.update(message);
			return ed25519.sign();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot sign with the ledger key", ex);
		}
	}

	private static KeyPair load(Path directory) throws IOException {
		try {
			PrivateKey key = KeyFactory.getInstance("Ed25519")
				.generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(directory.resolve("ed25519.pk8"))));
			return new KeyPair(null, key);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("The ledger key in " + directory + " is damaged", ex);
		}
	}

	private static KeyPair create(Path directory) throws IOException {
		try {
			KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
			Files.createDirectories(directory);
			write(directory.resolve("ed25519.pub"), pair.getPublic().getEncoded());
			write(directory.resolve("ed25519.pk8"), pair.getPrivate().getEncoded());
			return pair;
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("This Java runtime cannot make Ed25519 keys", ex);
		}
	}

	private static void write(Path file, byte[] bytes) throws IOException {
		Path temporary = Files.createTempFile(file.getParent(), "key", ".tmp");
		try {
			Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException notPosix) {
			// Windows: the directory's access list applies
		}
		Files.write(temporary, bytes);
		Files.move(temporary, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
	}
}
