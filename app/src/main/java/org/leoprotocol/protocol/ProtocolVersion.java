package org.leoprotocol.protocol;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.leoprotocol.protocol.definition.ProtocolStep;

/**
 * A published edition of Leo's Protocol. Published versions never change: an incident runs to the end under the version
 * that was current when it was reported, and a new version applies to new incidents only.
 */
public record ProtocolVersion(int version, String name, Instant publishedAt, String publishedBy, String notes,
		List<ProtocolStep> steps) {

	public ProtocolVersion {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("A protocol version needs a name");
		}
		if (steps == null || steps.isEmpty()) {
			throw new IllegalArgumentException("A protocol version needs at least one step");
		}
		Set<String> codes = new HashSet<>();
		Set<Integer> positions = new HashSet<>();
		for (ProtocolStep step : steps) {
			if (!codes.add(step.code())) {
				throw new IllegalArgumentException("Step code " + step.code() + " appears twice");
			}
			if (!positions.add(step.position())) {
				throw new IllegalArgumentException("Two steps share position " + step.position());
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
