package org.leoprotocol.shared.secret;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SecretHashTests {

	/** Secrets as the six former hand-written hashes received them, purpose prefixes included. */
	private static final List<String> SECRETS = List.of("", "abc", "login-source:203.0.113.7",
			"client:2001:db8::1", "engagement:q9Zk3x_-Tok", "key:ABCDE12345FGHJK67890MNPQR",
			"lookup:6f1c0a8e-1b2d-4c3e-9f4a-5b6c7d8e9f00", "seal:6f1c0a8e-1b2d-4c3e-9f4a-5b6c7d8e9f00",
			"ABCD2345EFGH", "leo_Zm9vYmFy", "señal:ñ");

	@Test
	void matchesTheFipsTestVectors() {
		assertThat(SecretHash.sha256Hex("abc"))
			.isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
		assertThat(SecretHash.sha256Hex(""))
			.isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
	}

	@Test
	void storedHashesKeepTheirBytes() {
		// Pinned with sha256sum, so that rows written before the hashes were gathered here still match.
		assertThat(SecretHash.sha256Hex("login-source:203.0.113.7"))
			.isEqualTo("2d5cefb194690359e9366d17cfa8376372036743c32632e97edc70efdcf3671a");
		assertThat(SecretHash.sha256Hex("client:203.0.113.7"))
			.isEqualTo("0002573c0b15cc9b58532b76060167d7ea3174fe08ad457ce4fbdffd9f15b6ff");
		assertThat(SecretHash.sha256("engagement:q9Zk3x_-Tok")).isEqualTo(
				HexFormat.of().parseHex("08c1c38676a1ee446f7106b377effffe20fcc8538362c421de3ec8a3ec4d2b83"));
		assertThat(SecretHash.sha256("key:ABCDE12345FGHJK67890MNPQR")).isEqualTo(
				HexFormat.of().parseHex("0d587979ee3f12e6fc04e4b4059c05af2fef11ab4a09f692b9bcbc7db7f3c208"));
		assertThat(SecretHash.sha256Hex("ABCD2345EFGH"))
			.isEqualTo("051b058e42b48b1287414506ce03203567d8505b82b28e0b4d7906f43cde8114");
		assertThat(SecretHash.sha256Hex("señal:ñ"))
			.isEqualTo("f5e970e13ffc0070aba8fc83aa32593ffdb02114b03bc9c7b05298d907769b1f");
	}

	@Test
	void givesTheBytesOfTheFormerHandWrittenHashes() throws Exception {
		for (String secret : SECRETS) {
			byte[] former = MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8));
			assertThat(SecretHash.sha256(secret)).as(secret).isEqualTo(former);
			assertThat(SecretHash.sha256Hex(secret)).as(secret).isEqualTo(HexFormat.of().formatHex(former));
		}
	}

	@Test
	void recoveryCodesHashAsTheyDidInAscii() throws Exception {
		// Second factors hashed recovery codes as US-ASCII; the codes are base32, where ASCII and UTF-8 agree.
		for (String code : List.of("ABCD2345EFGH", "ZZZZ7777AAAA", "234567ABCDEF")) {
			byte[] former = MessageDigest.getInstance("SHA-256").digest(code.getBytes(StandardCharsets.US_ASCII));
			assertThat(SecretHash.sha256Hex(code)).isEqualTo(HexFormat.of().formatHex(former));
		}
	}
}
