package org.leoprotocol.personnel;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import org.leoprotocol.shared.InvalidInput;
import org.leoprotocol.shared.WrongState;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.leoprotocol.personnel.OfficerFixtures.anOfficer;

class OfficerTests {

	private static final Instant AT = Instant.parse("2024-03-05T09:00:00Z");

	@Test
	void aStatusChangeRecordsWhenFromWhatToWhatWhyAndByWhom() {
		StatusChange change = anOfficer(OfficerStatus.ACTIVE).changeStatus(OfficerStatus.ADMINISTRATIVE_LEAVE,
				"  Pending review of use of force  ", "admin", " IA-2024-017 ", AT);

		assertThat(change).isEqualTo(new StatusChange(AT, OfficerStatus.ACTIVE, OfficerStatus.ADMINISTRATIVE_LEAVE,
				"Pending review of use of force", "admin", "IA-2024-017"));
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "   ", "\t" })
	void aBlankCaseReferenceBecomesNull(String caseReference) {
		StatusChange change = anOfficer().changeStatus(OfficerStatus.SUSPENDED, "Sanction", "admin", caseReference, AT);

		assertThat(change.caseReference()).isNull();
	}

	@ParameterizedTest
	@EnumSource(names = { "ADMINISTRATIVE_LEAVE", "SUSPENDED", "TERMINATED", "RETIRED" })
	void anActiveOfficerCanMoveToAnyOtherStatus(OfficerStatus to) {
		StatusChange change = anOfficer(OfficerStatus.ACTIVE).changeStatus(to, "Reason", "admin", null, AT);

		assertThat(change.from()).isEqualTo(OfficerStatus.ACTIVE);
		assertThat(change.to()).isEqualTo(to);
	}

	@ParameterizedTest
	@EnumSource(names = { "ACTIVE", "ADMINISTRATIVE_LEAVE", "SUSPENDED" })
	void refusesTheStatusTheOfficerAlreadyHas(OfficerStatus status) {
		Officer officer = anOfficer(status);

		assertThatExceptionOfType(WrongState.class)
			.isThrownBy(() -> officer.changeStatus(status, "Reason", "admin", null, AT))
			.withMessage("personnel.refused.status.same [Jane Doe, personnel.duty.status." + status.name() + "]");
	}

	@ParameterizedTest
	@EnumSource(names = { "TERMINATED", "RETIRED" })
	void refusesAnyChangeFromAFinalStatusNamingIt(OfficerStatus status) {
		Officer officer = anOfficer(status);

		assertThatExceptionOfType(WrongState.class)
			.isThrownBy(() -> officer.changeStatus(OfficerStatus.ACTIVE, "Rehired", "admin", null, AT))
			.withMessage("personnel.refused.status.final [Jane Doe, personnel.duty.status." + status.name() + "]");
	}

	@Test
	void refusesTheSameFinalStatusAsFinal() {
		Officer officer = anOfficer(OfficerStatus.RETIRED);

		assertThatExceptionOfType(WrongState.class)
			.isThrownBy(() -> officer.changeStatus(OfficerStatus.RETIRED, "Reason", "admin", null, AT))
			.withMessageContaining("personnel.refused.status.final");
	}

	@ParameterizedTest
	@NullAndEmptySource
	@ValueSource(strings = { "   ", "\n" })
	void refusesAChangeWithoutAReason(String reason) {
		Officer officer = anOfficer();

		assertThatExceptionOfType(InvalidInput.class)
			.isThrownBy(() -> officer.changeStatus(OfficerStatus.SUSPENDED, reason, "admin", null, AT))
			.withMessage("personnel.refused.status.reason");
	}

	@Test
	void refusesAReasonLongerThanAThousandCharacters() {
		Officer officer = anOfficer();

		assertThatExceptionOfType(InvalidInput.class)
			.isThrownBy(() -> officer.changeStatus(OfficerStatus.SUSPENDED, "x".repeat(1001), "admin", null, AT))
			.withMessage("personnel.refused.status.long [1000]");
	}

	@Test
	void acceptsAReasonOfExactlyAThousandCharacters() {
		StatusChange change = anOfficer().changeStatus(OfficerStatus.SUSPENDED, "x".repeat(1000), "admin", null, AT);

		assertThat(change.reason()).hasSize(1000);
	}

	@Test
	void withStatusChangesOnlyTheStatus() {
		Officer officer = anOfficer(OfficerStatus.ACTIVE);

		Officer suspended = officer.withStatus(OfficerStatus.SUSPENDED);

		assertThat(suspended.status()).isEqualTo(OfficerStatus.SUSPENDED);
		assertThat(suspended).usingRecursiveComparison().ignoringFields("status").isEqualTo(officer);
		assertThat(officer.status()).isEqualTo(OfficerStatus.ACTIVE);
	}

	@Test
	void theFullNameIsFirstThenLastName() {
		assertThat(anOfficer().fullName()).isEqualTo("Jane Doe");
	}
}
