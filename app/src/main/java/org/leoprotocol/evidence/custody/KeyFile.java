package org.leoprotocol.evidence.custody;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The installation key on disk: a small text file readable by its owner only, with the Ed25519 public key and the
 * PKCS#8 private key, the latter encrypted with AES-256-GCM under a key derived from a passphrase by PBKDF2-HMAC-SHA256
 * (NIST SP 800-132) when one is configured. The passphrase comes from the environment, never from the file or the
 * repository.
 */
final class KeyFile {

	static final String FORMAT = "leo-installation-key/v1";
	private static final int ITERATIONS = 210_000;
	private static final Base64.Encoder B64 = Base64.getEncoder();
	private static final Base64.Decoder UNB64 = Base64.getDecoder();

	private KeyFile() {
	}

	static void write(Path file, KeyPair pair, String passphrase) throws IOException, GeneralSecurityException {
		String encryption = "none";
		byte[] secret = pair.getPrivate().getEncoded();
		if (passphrase != null && !passphrase.isEmpty()) {
			byte[] salt = random(16);
			byte[] iv = random(12);
			secret = cipher(Cipher.ENCRYPT_MODE, passphrase, salt, iv).doFinal(secret);
			encryption = "aes-256-gcm pbkdf2-sha256 " + ITERATIONS + " " + B64.encodeToString(salt) + " "
					+ B64.encodeToString(iv);
		}
		String text = FORMAT + "\npublic " + B64.encodeToString(pair.getPublic().getEncoded()) + "\nencryption "
				+ encryption
				+ "\nprivate " + B64.encodeToString(secret) + "\n";
		Files.createDirectories(file.toAbsolutePath().getParent());
		Path temporary = Files.createTempFile(file.toAbsolutePath().getParent(), "key", ".tmp");
		try {
			Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
		}
		catch (UnsupportedOperationException notPosix) {
			// Windows: the directory's access list applies
		}
		Files.writeString(temporary, text, StandardCharsets.UTF_8);
		Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
	}

	/** Reads the key pair; fails with a sentence a person can act on when the passphrase is missing or wrong. */
	static KeyPair read(Path file, String passphrase) throws IOException {
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		if (lines.size() < 4 || !lines.get(0).equals(FORMAT)) {
			throw new IllegalStateException("The key file " + file + " is not a Leo installation key");
		}
		String[] encryption = lines.get(2).substring("encryption ".length()).split(" ", -1);
		byte[] secret = UNB64.decode(lines.get(3).substring("private ".length()));
		try {
			if (!encryption[0].equals("none")) {
				if (passphrase == null || passphrase.isEmpty()) {
					throw new IllegalStateException("The installation key in " + file
							+ " is encrypted and no passphrase is set (environment variable LEO_EVIDENCE_KEY_PASSPHRASE)");
				}
				secret = cipher(Cipher.DECRYPT_MODE, passphrase, UNB64.decode(encryption[3]),
						UNB64.decode(encryption[4]))
					.doFinal(secret);
			}
			KeyFactory ed25519 = KeyFactory.getInstance("Ed25519");
			return new KeyPair(
					ed25519.generatePublic(
							new X509EncodedKeySpec(UNB64.decode(lines.get(1).substring("public ".length())))),
					ed25519.generatePrivate(new PKCS8EncodedKeySpec(secret)));
		}
		catch (javax.crypto.AEADBadTagException wrong) {
			throw new IllegalStateException("The passphrase does not open the installation key in " + file, wrong);
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("The installation key in " + file + " is damaged", ex);
		}
	}

	private static Cipher cipher(int mode, String passphrase, byte[] salt, byte[] iv) throws GeneralSecurityException {
		byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
			.generateSecret(new PBEKeySpec(passphrase.toCharArray(), salt, ITERATIONS, 256)).getEncoded();
		Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
		aes.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(128, iv));
		aes.updateAAD(FORMAT.getBytes(StandardCharsets.UTF_8));
		return aes;
	}

	private static byte[] random(int length) {
		byte[] bytes = new byte[length];
		new SecureRandom().nextBytes(bytes);
		return bytes;
	}
}
