package org.leoprotocol.protocol.cad;

import java.time.Instant;

import org.leoprotocol.protocol.HistoricalRelease;
import org.leoprotocol.protocol.reunification.IdentityDocument;
import org.leoprotocol.protocol.reunification.ReleaseVerification;
import org.leoprotocol.shared.InvalidInput;
import org.leoprotocol.shared.phrase.Sentence;

/**
 * Checks a historical incident's release as a live release is checked ({@link ReleaseVerification}): a time within the
 * incident, the verifying and confirming officers on the roster, the identity document, a sufficient verification.
 */
final class ReleaseCheck {

	private ReleaseCheck() {
	}

	/**
	 * The release's verification as Leo will store it; none when the incident names no release or no valid document.
	 */
	static ReleaseVerification check(IncidentCheck check, HistoricalRelease release, Instant reported,
			Instant end) {
		if (release == null) {
			return null;
		}
		Sentence where = Sentence.of("protocol.cad.where.release");
		if (release.at() == null) {
			check.timeMissing(where);
		}
		check.time(where, release.at(), reported, end);
		check.officer(where, release.verifyingBadge()).ifPresent(check.problems::add);
		check.officer(where, release.confirmingBadge()).ifPresent(check.problems::add);
		IdentityDocument document = null;
		if (release.document() != null) {
			try {
				document = new IdentityDocument(release.document().type(), release.document().issuer(),
						release.document().lastFour());
			}
			catch (InvalidInput refused) {
				check.problem(where, refused.sentence());
				return null;
			}
		}
		ReleaseVerification verification = new ReleaseVerification(release.claimantName(), release.relationship(),
				document,
				release.photoMatches(), release.recognition(), release.recognitionNote(), release.custodyClear(),
				release.authorisationSource(), check.officers.get(IncidentCheck.strip(release.verifyingBadge())),
				check.officers.get(IncidentCheck.strip(release.confirmingBadge())));
		if (IncidentCheck.blank(release.verifyingBadge())
				|| check.officers.containsKey(IncidentCheck.strip(release.verifyingBadge()))) {
			try {
				verification.requireSufficient();
			}
			catch (InvalidInput refused) {
				check.problem(where, refused.sentence());
			}
		}
		return verification;
	}
}
