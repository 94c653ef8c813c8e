package org.leoprotocol.earlywarning;

/**
 * Where a flag stands in its supervisor review: raised, acknowledged by a supervisor, an intervention planned with a
 * follow-up date (post-intervention monitoring, Alpert and Walker 2000), and closed with an outcome.
 */
public enum FlagStatus {
	OPEN, ACKNOWLEDGED, INTERVENTION_PLANNED, CLOSED;

	public String phrase() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
	}
}
