package org.leoprotocol.access.factor;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class OneTimePasswordsTests {

	/** The SHA-1 seed of RFC 6238 appendix B: the ASCII digits 1 to 0, repeated to 20 bytes. */
	private static final byte[] SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

	private static final OneTimePasswords EIGHT_DIGITS = new OneTimePasswords("HmacSHA1", 8, 30);

	@ParameterizedTest
	@CsvSource({ "59, 94287082", "1111111109, 07081804", "1111111111, 14050471", "1234567890, 89005924",
			"2000000000, 69279037", "20000000000, 65353130" })
	void givesTheTotpTestVectorsOfRfc6238(long unixTime, String expected) {
		assertThat(EIGHT_DIGITS.at(SEED, Instant.ofEpochSecond(unixTime))).isEqualTo(expected);
	}

	@ParameterizedTest
	@CsvSource({ "0, 755224", "1, 287082", "2, 359152", "3, 969429", "4, 338314", "5, 254676", "6, 287922",
			"7, 162583", "8, 399871", "9, 520489" })
	void givesTheHotpTestVectorsOfRfc4226(long counter, String expected) {
		assertThat(OneTimePasswords.AUTHENTICATOR_APPS.hotp(SEED, counter)).isEqualTo(expected);
	}

	@Test
	void keepsTheSameCodeWithinAThirtySecondStep() {
		var totp = OneTimePasswords.AUTHENTICATOR_APPS;
		assertThat(totp.at(SEED, Instant.ofEpochSecond(60))).isEqualTo(totp.at(SEED, Instant.ofEpochSecond(89)))
			.isNotEqualTo(totp.at(SEED, Instant.ofEpochSecond(90)));
	}

	@Test
	void refusesCodesTooShortToResistGuessing() {
		assertThatIllegalArgumentException().isThrownBy(() -> new OneTimePasswords("HmacSHA1", 4, 30));
	}

	@Test
	void base32RoundTripsAndMatchesRfc4648() {
		assertThat(Base32.encode("foobar".getBytes(StandardCharsets.US_ASCII))).isEqualTo("MZXW6YTBOI");
		assertThat(Base32.decode("mzxw 6ytb-oi======")).isEqualTo("foobar".getBytes(StandardCharsets.US_ASCII));
		assertThat(Base32.decode(Base32.encode(SEED))).isEqualTo(SEED);
		assertThatIllegalArgumentException().isThrownBy(() -> Base32.decode("M1"));
	}

	@Test
	void aRecoveryCodeKeepsTheHashStoredBeforeIt() {
		// Pinned with sha256sum: recovery codes handed out before must keep working.
		assertThat(SecondFactors.hash("ABCD2345EFGH"))
			.isEqualTo("051b058e42b48b1287414506ce03203567d8505b82b28e0b4d7906f43cde8114");
	}
}
