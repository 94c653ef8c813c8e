package org.leoprotocol.protocol.incident;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import org.leoprotocol.protocol.Condition;
import org.leoprotocol.protocol.RiskFactor;
import org.leoprotocol.shared.InvalidInput;

/**
 * The child or vulnerable adult at the centre of an incident. The name is protected: only roles that need it may read
 * it, it never appears in a broadcast, and {@link #toString()} leaves it out so that it cannot reach a log.
 *
 * @param name the person's name as far as known, or {@code null} while unknown
 * @param age the age in years, estimated if need be, or {@code null} while unknown
 */
@org.springframework.modulith.NamedInterface("incidents")
public record PersonAtRisk(String name, Integer age, String description, Condition condition,
		Set<RiskFactor> riskFactors) {

	static final int MAX_TEXT = 2000;

	public PersonAtRisk {
		name = name == null || name.isBlank() ? null : name.strip();
		if (name != null && name.length() > 200) {
			throw new InvalidInput("protocol.person.name.long");
		}
		if (age != null && (age < 0 || age > 130)) {
			throw new InvalidInput("protocol.person.age.invalid", age);
		}
		if (description == null || description.isBlank()) {
			throw new InvalidInput("protocol.person.description.missing");
		}
		description = description.strip();
		if (description.length() > MAX_TEXT) {
			throw new InvalidInput("protocol.person.description.long", MAX_TEXT);
		}
		condition = condition == null ? Condition.UNKNOWN : condition;
		if (riskFactors != null && riskFactors.stream().anyMatch(Objects::isNull)) {
			throw new InvalidInput("protocol.person.risk.empty");
		}
		riskFactors = riskFactors == null || riskFactors.isEmpty() ? Set.of()
				: Collections.unmodifiableSet(EnumSet.copyOf(riskFactors));
	}

	public boolean has(RiskFactor factor) {
		return riskFactors.contains(factor);
	}

	public boolean nameKnown() {
		return name != null;
	}

	@Override
	public String toString() {
		return "PersonAtRisk[name=(protected), age=" + age + ", condition=" + condition + ", riskFactors=" + riskFactors
				+ "]";
	}
}
