package org.leoprotocol.protocol;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.leoprotocol.protocol.definition.ProtocolStep;
import org.leoprotocol.shared.InvalidInput;

/**
 * A published edition of Leo's Protocol. Published versions never change: an incident runs to the end under the version
 * that was current when it was reported, and a new version applies to new incidents only.
 */
public record ProtocolVersion(int version, String name, Instant publishedAt, String publishedBy, String notes,
		List<ProtocolStep> steps) {

	public ProtocolVersion {
		if (name == null || name.isBlank()) {
			throw new InvalidInput("protocol.version.name.missing");
		}
		if (steps == null || steps.isEmpty()) {
			throw new InvalidInput("protocol.version.steps.missing");
		}
		Set<String> codes = new HashSet<>();
		Set<Integer> positions = new HashSet<>();
		for (ProtocolStep step : steps) {
			if (!codes.add(step.code())) {
				throw new InvalidInput("protocol.version.step.twice", step.code());
			}
			if (!positions.add(step.position())) {
				throw new InvalidInput("protocol.version.position.shared", step.position());
			}
		}
		steps = steps.stream().sorted((a, b) -> Integer.compare(a.position(), b.position())).toList();
	}

	public Optional<ProtocolStep> step(String code) {
		return steps.stream().filter(step -> step.code().equals(code)).findFirst();
	}

	public List<ProtocolStep> stepsFor(IncidentKind kind, Integer age) {
		return steps.stream().filter(step -> step.appliesTo(kind, age)).toList();
	}
}
