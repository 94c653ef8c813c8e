package org.leoprotocol.protocol;

import java.util.Set;

import org.leoprotocol.protocol.incident.PersonAtRisk;

/** People at risk for unit tests. */
public final class PersonFixtures {

	private PersonFixtures() {
	}

	public static PersonAtRisk aChild(int age, RiskFactor... risks) {
		return new PersonAtRisk("Leo Miller", age, "red jacket, blue sneakers", Condition.UNHARMED, Set.of(risks));
	}

	public static PersonAtRisk anAdult(int age, Condition condition, RiskFactor... risks) {
		return new PersonAtRisk("Agatha Birch", age, "lilac cardigan, slippers", condition, Set.of(risks));
	}
}
