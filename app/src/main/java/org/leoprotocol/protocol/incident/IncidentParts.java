package org.leoprotocol.protocol.incident;

import java.util.List;

import org.leoprotocol.protocol.IncidentId;
import org.leoprotocol.protocol.ProtocolFinding;
import org.leoprotocol.protocol.clock.StepClock;
import org.leoprotocol.protocol.escalation.Escalation;
import org.leoprotocol.protocol.escalation.Escalations;
import org.leoprotocol.protocol.finding.Findings;
import org.leoprotocol.protocol.timeline.TimelineEntry;
import org.leoprotocol.protocol.timeline.Timelines;

import org.springframework.stereotype.Component;

/**
 * The parts of an incident a page or an API answer is built from: its steps with their clocks, its timeline, its
 * escalations and its findings. A view reads them after the incident itself was read through the desk, whose read is
 * the one audited, so that one page is one record in the audit trail.
 */
@Component
class IncidentParts {

	private final IncidentSteps steps;
	private final Timelines timelines;
	private final Escalations escalations;
	private final Findings findings;

	IncidentParts(IncidentSteps steps, Timelines timelines, Escalations escalations, Findings findings) {
		this.steps = steps;
		this.timelines = timelines;
		this.escalations = escalations;
		this.findings = findings;
	}

	List<StepClock> steps(IncidentId id) {
		return steps.steps(id);
	}

	List<TimelineEntry> timeline(IncidentId id) {
		return timelines.of(id);
	}

	List<Escalation> escalations(IncidentId id) {
		return escalations.of(id);
	}

	List<ProtocolFinding> findings(IncidentId id) {
		return findings.of(id);
	}

	List<ProtocolFinding> withdrawnFindings(IncidentId id) {
		return findings.withdrawn(id);
	}
}
