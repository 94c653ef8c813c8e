package org.leoprotocol.protocol.reunification;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.protocol.Recognition;
import org.leoprotocol.shared.InvalidInput;
import org.leoprotocol.shared.Phrase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

		assertThatThrownBy(incomplete::requireSufficient).isInstanceOfSatisfying(InvalidInput.class, refused -> {
			assertThat(refused.messageKey()).isEqualTo("protocol.release.incomplete");
			assertThat(refused.messageArguments()[0].toString()).contains("missing.relationship",
					"missing.document", "missing.recognition", "missing.custody");
		});
	}

	@Test
	void aFailedCheckNeedsASecondStaffMemberWhoIsNotTheVerifier() {
		assertThatThrownBy(
				() -> verification(Recognition.NOT_RECOGNISED, "child too upset", true, null).requireSufficient())
			.isInstanceOfSatisfying(InvalidInput.class, refused -> {
				assertThat(refused.messageKey()).isEqualTo("protocol.release.confirmation.missing");
				assertThat(refused.messageArguments()[0].toString()).contains("failed.not-recognised");
			});
		assertThatThrownBy(() -> verification(Recognition.RECOGNISED, null, false, SERGEANT).requireSufficient())
			.isInstanceOfSatisfying(InvalidInput.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("protocol.release.confirmation.same"));
		assertThatNoException()
			.isThrownBy(() -> verification(Recognition.NOT_POSSIBLE, "infant, 10 months", true, SECOND)
				.requireSufficient());
	}

	@Test
	void recognitionThatWasNotPossibleNeedsTheReason() {
		assertThat(verification(Recognition.NOT_POSSIBLE, null, true, SECOND).missing())
			.containsExactly(new Phrase("word.release.missing.recognition-not-possible"));
	}

	@Test
	void onlyTheLastFourCharactersOfADocumentNumberAreEverKept() {
		assertThat(new IdentityDocument("Passport", "United States", " 09-37 ").lastFour()).isEqualTo("0937");
		assertThatThrownBy(() -> new IdentityDocument("Passport", "United States", "123456789"))
			.isInstanceOfSatisfying(InvalidInput.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("protocol.document.number.full"));
		assertThatThrownBy(() -> new IdentityDocument("Passport", "United States", ""))
			.isInstanceOfSatisfying(InvalidInput.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("protocol.document.number.missing"));
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
