package org.leoprotocol.evidence.custody;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.Optional;

import org.leoprotocol.evidence.EvidenceProperties;
import org.leoprotocol.evidence.ledger.MerkleHash;
import org.leoprotocol.evidence.ledger.VerifierKey;
import org.leoprotocol.shared.ClusterLock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The installation's one Ed25519 signing identity (RFC 8032), shared by every node: a key file named by configuration
 * ({@code leo.evidence.key-file}, by default {@code data/keys/ledger.key}), outside the evidence store and the database
 * it vouches for, encrypted at rest when {@code LEO_EVIDENCE_KEY_PASSPHRASE} is set. The first node of an installation
 * makes it and registers its public half; every other node must be given a copy. A node whose file is missing,
 * unreadable or holds another key refuses to sign and says why, rather than quietly starting a second identity.
 * Rotation hands over with a statement signed by both keys ({@link KeyRotation}). A deployment that must meet CJIS
 * Security Policy 5.10.1.2 (FIPS 140 validated modules) would keep it in a KMS or HSM instead.
 */
@Component
public class LedgerKey {

	static final String KEY_LOCK = "leo-installation-key";

	private final Path file;
	private final JdbcClient jdbc;
	private final Clock clock;
	private volatile KeyPair pair;
	private volatile String id;
	private volatile String refusal;

	/** A node that is the only one starting (tests, benchmarks). */
	public LedgerKey(EvidenceProperties properties, JdbcClient jdbc, Clock clock) {
		this(properties, jdbc, clock, null);
	}

	/**
	 * As a node starts: nodes started together on an empty database with one key file between them take turns
	 * ({@link ClusterLock}), so the first makes and registers the key and the others load that one, rather than each
	 * making its own.
	 */
	@org.springframework.beans.factory.annotation.Autowired
	@SuppressWarnings("try") // the lock is held for the block and never read
	public LedgerKey(EvidenceProperties properties, JdbcClient jdbc, Clock clock, ClusterLock lock) {
		this.file = properties.keyFile();
		this.jdbc = jdbc;
		this.clock = clock;
		if (lock == null) {
			load(properties);
			return;
		}
		try (ClusterLock.Held held = lock.hold(KEY_LOCK)) {
			load(properties);
		}
	}

	private void load(EvidenceProperties properties) {
		Optional<String> installationKey = currentKeyId();
		try {
			if (!Files.exists(file)) {
				Path legacy = properties.directory().resolve("ledger-key").resolve("ed25519.pk8");
				if (Files.exists(legacy)) {
					KeyFile.write(file, legacyPair(legacy.getParent()), properties.keyPassphrase());
				}
				else if (installationKey.isEmpty()) {
					KeyFile.write(file, KeyPairGenerator.getInstance("Ed25519").generateKeyPair(),
							properties.keyPassphrase());
				}
				else {
					refuse("this node has no copy of the installation key (expected in " + file
							+ "). The installation signs with key "
							+ installationKey.get() + "; copy its key file here. Leo will not make a second key.");
					return;
				}
			}
			KeyPair loaded = KeyFile.read(file, properties.keyPassphrase());
			String loadedId = idOf(loaded.getPublic().getEncoded());
			if (installationKey.isPresent() && !installationKey.get().equals(loadedId)) {
				refuse("the key file " + file + " holds key " + loadedId + ", but the installation signs with key "
						+ installationKey.get() + " (a key changes only by a signed rotation)");
				return;
			}
			if (installationKey.isEmpty()) {
				register(loaded.getPublic().getEncoded());
			}
			this.pair = loaded;
			this.id = loadedId;
		}
		catch (IllegalStateException ex) {
			refuse(ex.getMessage());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read or write the installation key " + file, ex);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("This Java runtime cannot make Ed25519 keys", ex);
		}
	}

	/** The key the installation signs with now: the newest signed transition's, else the first key registered. */
	Optional<String> currentKeyId() {
		return jdbc.sql("select new_key_id from custody_key_transition order by made_at desc limit 1")
			.query(String.class)
			.optional()
			.or(() -> jdbc.sql("select key_id from custody_signing_key where key_id not in"
					+ " (select new_key_id from custody_key_transition) order by created_at, key_id limit 1")
				.query(String.class).optional());
	}

	void register(byte[] publicKey) {
		jdbc.sql("""
				insert into custody_signing_key (key_id, public_key, created_at) values (:id, :key, :at)
				on conflict (key_id) do nothing
				""").param("id", idOf(publicKey)).param("key", publicKey)
			.param("at", clock.instant().atOffset(ZoneOffset.UTC))
			.update();
	}

	private void refuse(String why) {
		this.refusal = "This node will not sign the custody ledger: " + why;
		this.pair = null;
	}

	public boolean available() {
		return pair != null;
	}

	/** Why this node cannot sign, or empty when it can. */
	Optional<String> refusal() {
		return available() ? Optional.empty() : Optional.ofNullable(refusal);
	}

	public String id() {
		requireAvailable();
		return id;
	}

	byte[] publicKey() {
		requireAvailable();
		return pair.getPublic().getEncoded();
	}

	Path file() {
		return file;
	}

	/** The key as named in signed notes: type 0x01 for the log's checkpoints, 0x04 for cosignatures as a witness. */
	VerifierKey verifierKey(String name, byte type) {
		return VerifierKey.of(name, type, publicKey());
	}

	public byte[] sign(byte[] message) {
		requireAvailable();
		return sign(pair.getPrivate(), message);
	}

	/** Switches this node to a key file just rotated to. */
	void replace(KeyPair next) {
		this.pair = next;
		this.id = idOf(next.getPublic().getEncoded());
		this.refusal = null;
	}

	public static byte[] sign(PrivateKey key, byte[] message) {
		try {
			Signature ed25519 = Signature.getInstance("Ed25519");
			ed25519.initSign(key);
			ed25519.update(message);
			return ed25519.sign();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot sign with the installation key", ex);
		}
	}

	private void requireAvailable() {
		if (pair == null) {
			throw new SigningRefused(refusal);
		}
	}

	static String idOf(byte[] publicKey) {
		return HexFormat.of().formatHex(MerkleHash.sha256().digest(publicKey)).substring(0, 16);
	}

	private static KeyPair legacyPair(Path directory) throws IOException, GeneralSecurityException {
		KeyFactory ed25519 = KeyFactory.getInstance("Ed25519");
		return new KeyPair(
				ed25519.generatePublic(new X509EncodedKeySpec(Files.readAllBytes(directory.resolve("ed25519.pub")))),
				ed25519.generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(directory.resolve("ed25519.pk8")))));
	}

	/** This node cannot sign: the sentence says why and what to do. */
	public static final class SigningRefused extends IllegalStateException {

		SigningRefused(String why) {
			super(why);
		}
	}
}
