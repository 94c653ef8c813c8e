package org.leoprotocol.training;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Who has acknowledged a module, unit by unit, as far down the chain of command as the reader may see. Officers who
 * have not are the point of the view: their supervisor follows up.
 */
public record Compliance(TrainingModule module, List<UnitCompliance> units) {

	/** One unit's serving officers, those without acknowledgement first. */
	public record UnitCompliance(UUID unitId, String code, String name, List<OfficerAcknowledgement> officers) {

		public long acknowledged() {
			return officers.stream().filter(OfficerAcknowledgement::acknowledged).count();
		}

		public List<OfficerAcknowledgement> missing() {
			return officers.stream().filter(o -> !o.acknowledged()).toList();
		}
	}

	/** An officer and the date of their acknowledgement, or {@code null}. */
	public record OfficerAcknowledgement(UUID officerId, String badgeNumber, String name, Instant acknowledgedAt) {

		public boolean acknowledged() {
			return acknowledgedAt != null;
		}
	}

	public List<OfficerAcknowledgement> missing() {
		return units.stream().flatMap(u -> u.missing().stream()).toList();
	}
}
