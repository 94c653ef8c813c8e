package org.leoprotocol.transparency;

/**
 * A part of the officer pages whose officers the agency decides how to show. Only closed cases with final findings ever
 * reach {@link #CASE_OUTCOMES}; practice differs between agencies and states (the Invisible Institute's Citizens Police
 * Data Project and Lucy Parsons Labs' OpenOversight publish names, others publish aggregates only), so it is a setting,
 * not code.
 */
public enum PolicyField {
	/** Final findings of closed cases, per officer, category and year. */
	CASE_OUTCOMES,
	/** Commendations from the public, per officer and year. */
	COMMENDATIONS
}
