package org.leoprotocol.transparency;

/**
 * A part of the officer pages whose officers the agency decides how to show. Only closed cases with final
 * findings ever reach {@link #CASE_OUTCOMES}; practice differs between agencies and states (ACCOUNTABILITY-RESEARCH.md
 * §1 and §5: CPDP and OpenOversight publish names, others publish aggregates only), so it is a setting, not code.
 */
public enum PolicyField {
	/** Final findings of closed cases, per officer, category and year. */
	CASE_OUTCOMES,
	/** Commendations from the public, per officer and year. */
	COMMENDATIONS
}
