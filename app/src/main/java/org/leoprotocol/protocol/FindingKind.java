package org.leoprotocol.protocol;

/** What gap analysis found in an incident's timeline; each kind is recorded at most once per incident. */
public enum FindingKind {
	/** The first officer on scene took longer than the protocol allows before engaging the person. */
	ON_SCENE_BEFORE_ENGAGEMENT,
	/** The engaging officer's body camera was off for part of the engagement (AATTAP checklist step 1). */
	CAMERA_OFF_DURING_ENGAGEMENT,
	/**
	 * The unit cleared a found person's incident with no verified release on record
	 * ({@link org.leoprotocol.protocol.reunification.ReleaseVerification}).
	 */
	RELEASED_WITHOUT_VERIFICATION
}
