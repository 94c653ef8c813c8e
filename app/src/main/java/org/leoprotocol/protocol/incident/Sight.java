package org.leoprotocol.protocol.incident;

/**
 * What one reader sees of one incident (need to know): nothing, the incident with every identity masked ("child, 5"),
 * or the incident with the identities of the child or vulnerable adult and of the claimant (guardian), the identity
 * document included.
 */
public enum Sight {
	CLOSED, MASKED, NAMED;

	boolean visible() {
		return this != CLOSED;
	}

	boolean named() {
		return this == NAMED;
	}
}
