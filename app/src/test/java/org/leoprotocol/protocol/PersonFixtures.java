package org.leoprotocol.protocol;

import java.util.Set;

/** People at risk for unit tests. */
final class PersonFixtures {

	private PersonFixtures() {
	}

	static PersonAtRisk aChild(int age, RiskFactor... risks) {
		return new PersonAtRisk("Leo Miller", age, "red jacket, blue sneakers", Condition.UNHARMED, Set.of(risks));
	}

	static PersonAtRisk anAdult(int age, Condition condition, RiskFactor... risks) {
		return new PersonAtRisk("Agatha Birch", age, "lilac cardigan, slippers", condition, Set.of(risks));
	}
}
