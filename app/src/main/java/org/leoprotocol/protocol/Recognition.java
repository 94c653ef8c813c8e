package org.leoprotocol.protocol;

/**
 * Whether the person recognised the claimant. Release without the child's confirmation needs a second staff member
 * (Lighthouse Immersive "Code Yellow"); when a confirmation is not possible (an infant, a person who cannot
 * communicate) the reason is recorded.
 */
public enum Recognition {
	RECOGNISED,
	NOT_RECOGNISED,
	NOT_POSSIBLE
}
