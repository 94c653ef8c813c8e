package org.leoprotocol.training.web;

import org.leoprotocol.shared.phrase.Sentence;

import java.util.List;

/** Compliance with one module per unit; officers without acknowledgement are listed first and highlighted. */
public record ComplianceView(List<Choice> modules, String selected, Sentence title, List<UnitRow> units, int missing,
		String refusal) {

	/** A module to choose in the selector. */
	public record Choice(String id, Sentence label) {
	}

	/** One unit: how many acknowledged out of how many, and every officer. */
	public record UnitRow(String code, String name, long acknowledged, int total, List<OfficerRow> officers) {
	}

	/** One officer; {@code acknowledgedAt} is empty when they have not acknowledged. */
	public record OfficerRow(String badge, String name, String acknowledgedAt) {

		public boolean missing() {
			return acknowledgedAt.isEmpty();
		}
	}
}
