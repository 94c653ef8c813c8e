package org.leoprotocol.evidence.custody;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import org.leoprotocol.evidence.EvidenceProperties;

/**
 * Rotates the installation key: a new key is made, a transition statement (origin, old and new key ids, time) is signed
 * by both keys and recorded with the new public key, and the key file is replaced, the old one kept beside it as
 * {@code .retired-<id>}. Verification then trusts the new key because the old one handed over to it; the other nodes
 * need a copy of the new file, and the witnesses the new verifier key.
 */
@Service
class KeyRotation {

	private final LedgerKey key;
	private final KeyChain chain;
	private final JdbcClient jdbc;
	private final TransactionTemplate transaction;
	private final EvidenceProperties properties;
	private final Clock clock;

	KeyRotation(LedgerKey key, KeyChain chain, JdbcClient jdbc, TransactionTemplate transaction,
			EvidenceProperties properties,
			Clock clock) {
		this.key = key;
		this.chain = chain;
		this.jdbc = jdbc;
		this.transaction = transaction;
		this.properties = properties;
		this.clock = clock;
	}

	/** Returns the statement both keys signed. */
	String rotate() {
		String oldId = key.id();
		Path file = key.file();
		Path next = file.resolveSibling(file.getFileName() + ".next");
		try {
			KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
			KeyFile.write(next, pair, properties.keyPassphrase());
			byte[] publicKey = pair.getPublic().getEncoded();
			String newId = LedgerKey.idOf(publicKey);
			Instant at = clock.instant().truncatedTo(ChronoUnit.MICROS);
			String statement = KeyChain.statement(properties.origin(), oldId, newId, at);
			byte[] bytes = statement.getBytes(StandardCharsets.UTF_8);
			byte[] oldSignature = key.sign(bytes);
			byte[] newSignature = LedgerKey.sign(pair.getPrivate(), bytes);
			transaction.executeWithoutResult(status -> {
				key.register(publicKey);
				jdbc.sql(
						"""
								insert into custody_key_transition (new_key_id, old_key_id, statement, old_signature, new_signature, made_at)
								values (:new, :old, :statement, :oldSignature, :newSignature, :at)
								""")
					.param("new", newId).param("old", oldId).param("statement", statement)
					.param("oldSignature", oldSignature)
					.param("newSignature", newSignature).param("at", at.atOffset(ZoneOffset.UTC)).update();
			});
			Files.move(file, file.resolveSibling(file.getFileName() + ".retired-" + oldId),
					StandardCopyOption.REPLACE_EXISTING);
			Files.move(next, file, StandardCopyOption.ATOMIC_MOVE);
			key.replace(pair);
			return statement;
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot write the new installation key beside " + file, ex);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("This Java runtime cannot make Ed25519 keys", ex);
		}
	}

	KeyChain.Chain chain() {
		return chain.load();
	}
}
