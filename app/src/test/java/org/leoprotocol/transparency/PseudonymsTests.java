package org.leoprotocol.transparency;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PseudonymsTests {

	static final byte[] KEY = "a key of thirty-two bytes, test!".getBytes(StandardCharsets.UTF_8);
	static final UUID OFFICER = UUID.fromString("5d0f6f3c-0a4e-4d8e-9d7e-7340000000a1");

	@Test
	void theSameOfficerInTheSameFieldAlwaysGetsTheSamePseudonym() {
		assertThat(Pseudonyms.pseudonym(KEY, PolicyField.CASE_OUTCOMES, OFFICER))
			.isEqualTo(Pseudonyms.pseudonym(KEY, PolicyField.CASE_OUTCOMES, OFFICER))
			.hasSize(Pseudonyms.LENGTH).matches("[A-Z2-9]+");
	}

	@Test
	void twoFieldsCannotBeJoinedByPseudonym() {
		assertThat(Pseudonyms.pseudonym(KEY, PolicyField.CASE_OUTCOMES, OFFICER))
			.isNotEqualTo(Pseudonyms.pseudonym(KEY, PolicyField.COMMENDATIONS, OFFICER));
	}

	@Test
	void anotherInstallationsKeyGivesAnotherPseudonym() {
		assertThat(Pseudonyms.pseudonym(KEY, PolicyField.CASE_OUTCOMES, OFFICER))
			.isNotEqualTo(Pseudonyms.pseudonym("another installation's key!!!!!!".getBytes(StandardCharsets.UTF_8),
					PolicyField.CASE_OUTCOMES,
					OFFICER));
	}

	@Test
	void thePseudonymDoesNotContainTheId() {
		assertThat(Pseudonyms.pseudonym(KEY, PolicyField.CASE_OUTCOMES, OFFICER))
			.doesNotContainIgnoringCase("5d0f6f3c");
	}
}
