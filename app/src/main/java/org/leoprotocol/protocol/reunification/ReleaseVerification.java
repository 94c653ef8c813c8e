package org.leoprotocol.protocol.reunification;

import java.util.ArrayList;
import java.util.List;

import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.protocol.Recognition;
import org.leoprotocol.shared.InvalidInput;
import org.leoprotocol.shared.Phrase;
import org.leoprotocol.shared.phrase.Sentence;

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

	/** The first part of the key of each thing a verification may lack, said in the reader's language. */
	private static final String MISSING = "word.release.missing.";

	/** The first part of the key of each check that may not pass, said in the reader's language. */
	private static final String FAILED = "word.release.failed.";

	/** What is missing for a complete verification, in words; empty when nothing is. */
	List<Phrase> missing() {
		List<Phrase> missing = new ArrayList<>();
		if (blank(claimantName)) {
			missing.add(new Phrase(MISSING + "name"));
		}
		if (blank(relationship)) {
			missing.add(new Phrase(MISSING + "relationship"));
		}
		if (document == null) {
			missing.add(new Phrase(MISSING + "document"));
		}
		if (photoMatches == null) {
			missing.add(new Phrase(MISSING + "photo"));
		}
		if (recognition == null) {
			missing.add(new Phrase(MISSING + "recognition"));
		}
		if (recognition != null && recognition != Recognition.RECOGNISED && blank(recognitionNote)) {
			missing.add(recognition == Recognition.NOT_POSSIBLE ? new Phrase(MISSING + "recognition-not-possible")
					: new Phrase(MISSING + "not-recognised"));
		}
		if (custodyClear == null) {
			missing.add(new Phrase(MISSING + "custody"));
		}
		if (blank(authorisationSource)) {
			missing.add(new Phrase(MISSING + "authorisation"));
		}
		if (verifyingOfficer == null) {
			missing.add(new Phrase(MISSING + "verifier"));
		}
		return missing;
	}

	/** The checks that did not pass; any of them calls for a second staff member's confirmation. */
	List<Phrase> failedChecks() {
		List<Phrase> failed = new ArrayList<>();
		if (Boolean.FALSE.equals(photoMatches)) {
			failed.add(new Phrase(FAILED + "photo"));
		}
		if (recognition == Recognition.NOT_RECOGNISED) {
			failed.add(new Phrase(FAILED + "not-recognised"));
		}
		if (recognition == Recognition.NOT_POSSIBLE) {
			failed.add(new Phrase(FAILED + "not-possible"));
		}
		if (Boolean.FALSE.equals(custodyClear)) {
			failed.add(new Phrase(FAILED + "custody"));
		}
		return failed;
	}

	/** Refuses an incomplete verification, or one with failed checks that no second staff member confirmed. */
	public void requireSufficient() {
		List<Phrase> missing = missing();
		if (!missing.isEmpty()) {
			throw new InvalidInput("protocol.release.incomplete", Sentence.listed(missing));
		}
		List<Phrase> failed = failedChecks();
		if (!failed.isEmpty() && confirmingOfficer == null) {
			throw new InvalidInput("protocol.release.confirmation.missing", Sentence.listed(failed));
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
