package org.leoprotocol.protocol;

/**
 * Decisions an incident records with their reasons, so that a choice not to act is as visible as a choice to act (a
 * choice not to request an alert has to be explainable afterwards, so its reason is recorded with it).
 */
public enum DecisionKind {
	REFERRAL_TO_CHILD_PROTECTIVE_SERVICES("Referred to child protective services"),
	NO_REFERRAL_TO_CHILD_PROTECTIVE_SERVICES("No referral to child protective services"),
	AMBER_ALERT_REQUESTED("AMBER alert requested"),
	NO_AMBER_ALERT("No AMBER alert"),
	OTHER("Decision");

	private final String label;

	DecisionKind(String label) {
		this.label = label;
	}

	public String label() {
		return label;
	}
}
