package org.leoprotocol.protocol.reunification;

import org.leoprotocol.protocol.Recognition;
import org.leoprotocol.protocol.incident.StaffMembers;

/**
 * A release of the person to a claimant as verified: who claims and as what, the document shown, whether the photo
 * matched and the person recognised the claimant, custody cleared and who authorised it, and the two officers (by
 * badge) who verified and confirmed the release.
 */
record ReleaseRequest(String claimantName, String relationship, DocumentRequest document, Boolean photoMatches,
		Recognition recognition, String recognitionNote, Boolean custodyClear, String authorisationSource,
		String verifyingOfficerBadge, String confirmingOfficerBadge) {

	ReleaseVerification toVerification(StaffMembers staff) {
		IdentityDocument identity = document == null ? null
				: new IdentityDocument(document.type(), document.issuer(), document.lastFour());
		return new ReleaseVerification(claimantName, relationship, identity, photoMatches, recognition,
				recognitionNote,
				custodyClear, authorisationSource, staff.officer(verifyingOfficerBadge),
				staff.officer(confirmingOfficerBadge));
	}
}
