package org.leoprotocol.protocol.reunification;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.protocol.Recognition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNoException;

class ReleaseVerificationTests {

	static final OfficerId SERGEANT = new OfficerId(UUID.randomUUID());
	static final OfficerId SECOND = new OfficerId(UUID.randomUUID());
	static final IdentityDocument LICENCE = new IdentityDocument("Driver licence", "State", "4821");

	@Test
	void aCompleteVerificationWithAllChecksPassedIsSufficient() {
		assertThatNoException()
			.isThrownBy(() -> verification(Recognition.RECOGNISED, null, true, null).requireSufficient());
	}

	@Test
	void anIncompleteVerificationIsRefusedNamingWhatIsMissing() {
		ReleaseVerification incomplete = new ReleaseVerification("Cora Miller", " ", null, true, null, null, null,
				"mother", SERGEANT, null);

		assertThatIllegalArgumentException().isThrownBy(incomplete::requireSufficient)
			.withMessageStartingWith("The release cannot be recorded: the verification is incomplete. Missing: ")
			.withMessageContaining("relationship").withMessageContaining("identity document")
			.withMessageContaining("recognised").withMessageContaining("custody");
	}

	@Test
	void aFailedCheckNeedsASecondStaffMemberWhoIsNotTheVerifier() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> verification(Recognition.NOT_RECOGNISED, "child too upset", true, null)
				.requireSufficient())
			.withMessageContaining("second staff member").withMessageContaining("did not recognise");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> verification(Recognition.RECOGNISED, null, false, SERGEANT)
				.requireSufficient())
			.withMessageContaining("someone other than the verifying officer");
		assertThatNoException()
			.isThrownBy(() -> verification(Recognition.NOT_POSSIBLE, "infant, 10 months", true, SECOND)
				.requireSufficient());
	}

	@Test
	void recognitionThatWasNotPossibleNeedsTheReason() {
		assertThat(verification(Recognition.NOT_POSSIBLE, null, true, SECOND).missing())
			.containsExactly("why recognition was not possible");
	}

	@Test
	void onlyTheLastFourCharactersOfADocumentNumberAreEverKept() {
		assertThat(new IdentityDocument("Passport", "United States", " 09-37 ").lastFour()).isEqualTo("0937");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new IdentityDocument("Passport", "United States", "123456789"))
			.withMessage("Record only the last four characters of the document number, never the full number");
		assertThatIllegalArgumentException().isThrownBy(() -> new IdentityDocument("Passport", "United States", ""))
			.withMessage("Record the last four letters or digits of the document number");
	}

	@Test
	void theClaimantsNameNeverReachesALog() {
		assertThat(verification(Recognition.RECOGNISED, null, true, null).toString()).doesNotContain("Cora");
	}

	static ReleaseVerification verification(Recognition recognition, String note, boolean custodyClear,
			OfficerId confirming) {
		return new ReleaseVerification("Cora Miller", "mother", LICENCE, true, recognition, note, custodyClear,
				"mother; no custody order on file", SERGEANT, confirming);
	}
}
