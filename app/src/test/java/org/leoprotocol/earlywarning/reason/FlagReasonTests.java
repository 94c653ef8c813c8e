package org.leoprotocol.earlywarning.reason;

import org.junit.jupiter.api.Test;

import org.leoprotocol.earlywarning.ReasonFixtures;

import static org.assertj.core.api.Assertions.assertThat;

class FlagReasonTests {

	@Test
	void aReasonIsStoredAsItsKeyAndArgumentsOnOneLineAndReadBack() {
		FlagReason reason = FlagReason.of(FlagReason.PROTOCOL_MANY, 2, 12, "a|b \\ c\nnext");

		assertThat(reason.stored()).isEqualTo("ew.reason.protocol.many|2|12|a\\|b \\\\ c\\nnext");
		assertThat(FlagReason.read(reason.stored())).isEqualTo(reason);
	}

	@Test
	void aLineWrittenBeforeKeysIsSaidAsItIs() {
		FlagReason old = FlagReason.read("Reviewed by the captain: keep watching");

		assertThat(old.stored()).isEqualTo("Reviewed by the captain: keep watching");
		assertThat(ReasonFixtures.english(old)).isEqualTo("Reviewed by the captain: keep watching");
		assertThat(ReasonFixtures.spanish(old)).isEqualTo("Reviewed by the captain: keep watching");
	}

	@Test
	void aSpanishReaderReadsTheRepeatedPatternAndItsCategoryInSpanish() {
		FlagReason reason = FlagReason.read("ew.reason.repeated|2|NEGLECT_OF_DUTY|24");

		assertThat(ReasonFixtures.english(reason)).isEqualTo("Repeated insufficient-evidence pattern: 2 separate "
				+ "complaints of neglect of duty within 24 months, each closed not sustained for lack of evidence");
		assertThat(ReasonFixtures.spanish(reason)).startsWith(
				"Patrón repetido de pruebas insuficientes: 2 denuncias distintas por incumplimiento del deber en 24 meses");
	}
}
