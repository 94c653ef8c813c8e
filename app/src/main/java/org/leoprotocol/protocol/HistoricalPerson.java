package org.leoprotocol.protocol;

import java.util.Set;

/** The person at the centre of the incident, as far as CAD knew them. */
public record HistoricalPerson(String name, Integer age, String description, Condition condition,
		Set<RiskFactor> riskFactors) {

	@Override
	public String toString() {
		return "HistoricalPerson[name=(protected), age=" + age + "]";
	}
}
