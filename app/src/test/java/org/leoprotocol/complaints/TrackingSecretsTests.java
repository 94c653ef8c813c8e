package org.leoprotocol.complaints;

import java.util.HashSet;
import java.util.HexFormat;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.leoprotocol.shared.InvalidInput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TrackingSecretsTests {

	@Test
	void codesAndKeysAreRandomCrockfordBase32() {
		Set<String> codes = new HashSet<>();
		for (int i = 0; i < 1000; i++) {
			codes.add(TrackingSecrets.newTrackingCode());
		}
		assertThat(codes).hasSize(1000)
			.allMatch(code -> code.matches("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}"));
		assertThat(TrackingSecrets.normalize(TrackingSecrets.newAccessKey())).hasSize(TrackingSecrets.KEY_LENGTH);
	}

	@Test
	void aKeyMatchesItsHashHoweverItIsTyped() {
		String key = "ABCDE-FGH1J-KMN0P-QRSTV-WXYZ0-1";
		byte[] hash = TrackingSecrets.hashKey(key);

		assertThat(TrackingSecrets.matches(" abcde fghij kmnop qrstv wxyzo l ", hash)).isTrue();
		assertThat(TrackingSecrets.matches("ABCDE-FGH1J-KMN0P-QRSTV-WXYZ0-2", hash)).isFalse();
	}

	@Test
	void aSealedKeyOpensOnlyWithItsIdempotencyKey() {
		byte[] sealed = TrackingSecrets.seal("ABCDE-FGH1J-KMN0P-QRSTV-WXYZ0-1", "form-token-0123456789");

		assertThat(TrackingSecrets.unseal(sealed, "form-token-0123456789"))
			.isEqualTo("ABCDE-FGH1J-KMN0P-QRSTV-WXYZ0-1");
		assertThat(TrackingSecrets.unseal(sealed, "another-token-0123456"))
			.isNotEqualTo("ABCDE-FGH1J-KMN0P-QRSTV-WXYZ0-1");
	}

	@Test
	void refusesShortIdempotencyKeys() {
		assertThatThrownBy(() -> TrackingSecrets.checkIdempotencyKey("1")).isInstanceOf(InvalidInput.class);
	}

	@Test
	void anAccessKeyHashKeepsTheBytesStoredBeforeIt() {
		// Pinned with sha256sum of "key:" and the normalized key: rows already stored must keep matching.
		assertThat(HexFormat.of().formatHex(TrackingSecrets.hashKey("ABCDE-FGH1J-KMN0P-QRSTV-WXYZ0-1")))
			.isEqualTo("8d0dd405749279cd8b1ec8accecfb2c5977cdc75d66b2540f7793f1c91841330");
	}
}
