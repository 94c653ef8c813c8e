package org.leoprotocol.protocol.reunification;

import java.util.ArrayList;
import java.util.List;

import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.protocol.Recognition;
import org.leoprotocol.shared.InvalidInput;

/**
 * The checks made before a found person is released to a claimant (venue "Code Yellow" practice, the release rules of
 * Head Start's 45 CFR 1302.47, custody orders followed as filed): who the claimant is and how they relate to the
 * person, their identity document, whether the person recognised them, the custody and authorisation check, and the
 * officer who verified. When any check did not pass, a second staff member must confirm the release.
 */
public record ReleaseVerification(String claimantName, String relationship, IdentityDocument document,
		Boolean photoMatches,
		Recognition recognition, String recognitionNote, Boolean custodyClear, String authorisationSource,
		OfficerId verifyingOfficer, OfficerId confirmingOfficer) {

	/** What is missing for a complete verification, in words; empty when nothing is. */
	List<String> missing() {
		List<String> missing = new ArrayList<>();
		if (blank(claimantName)) {
			missing.add("the claimant's name");
		}
		if (blank(relationship)) {
			missing.add("the claimant's relationship to the person");
		}
		if (document == null) {
			missing.add("the claimant's identity document (type, issuer, last four characters)");
		}
		if (photoMatches == null) {
			missing.add("whether the document's photo matches the claimant");
		}
		if (recognition == null) {
			missing.add("whether the person recognised the claimant");
		}
		if (recognition != null && recognition != Recognition.RECOGNISED && blank(recognitionNote)) {
			missing.add(recognition == Recognition.NOT_POSSIBLE ? "why recognition was not possible"
					: "what happened when the person did not recognise the claimant");
		}
		if (custodyClear == null) {
			missing.add("the custody and authorisation check");
		}
		if (blank(authorisationSource)) {
			missing.add("where the authorisation comes from (authorised list, custody order, parent's confirmation)");
		}
		if (verifyingOfficer == null) {
			missing.add("the verifying officer");
		}
		return missing;
	}

	/** The checks that did not pass; any of them calls for a second staff member's confirmation. */
	List<String> failedChecks() {
		List<String> failed = new ArrayList<>();
		if (Boolean.FALSE.equals(photoMatches)) {
			failed.add("the document's photo does not match");
		}
		if (recognition == Recognition.NOT_RECOGNISED) {
			failed.add("the person did not recognise the claimant");
		}
		if (recognition == Recognition.NOT_POSSIBLE) {
			failed.add("the person could not confirm the claimant");
		}
		if (Boolean.FALSE.equals(custodyClear)) {
			failed.add("the custody check found a conflict");
		}
		return failed;
	}

	/** Refuses an incomplete verification, or one with failed checks that no second staff member confirmed. */
	public void requireSufficient() {
		List<String> missing = missing();
		if (!missing.isEmpty()) {
			throw new InvalidInput("protocol.release.incomplete", String.join("; ", missing));
		}
		List<String> failed = failedChecks();
		if (!failed.isEmpty() && confirmingOfficer == null) {
			throw new InvalidInput("protocol.release.confirmation.missing", String.join(" and ", failed));
		}
		if (confirmingOfficer != null && confirmingOfficer.equals(verifyingOfficer)) {
			throw new InvalidInput("protocol.release.confirmation.same");
		}
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	@Override
	public String toString() {
		return "ReleaseVerification[relationship=" + relationship + ", recognition=" + recognition + ", custodyClear="
				+ custodyClear + ", verifyingOfficer=" + verifyingOfficer + ", confirmingOfficer=" + confirmingOfficer
				+ "]";
	}
}
