package org.leoprotocol.investigations.deadline;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

import org.leoprotocol.investigations.CaseType;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The time each case type has from opening to closing, configurable per installation
 * ({@code leo.investigations.deadline.citizen-complaint=180d} and so on); 180 days by default, as in Portland's
 * Independent Police Review settlement.
 */
@Component
public class StatutoryClock {

	private final Map<CaseType, Duration> limits = new EnumMap<>(CaseType.class);

	StatutoryClock(@Value("${leo.investigations.deadline.citizen-complaint:180d}") Duration citizenComplaint,
			@Value("${leo.investigations.deadline.internal:180d}") Duration internal,
			@Value("${leo.investigations.deadline.critical-incident:90d}") Duration criticalIncident) {
		limits.put(CaseType.CITIZEN_COMPLAINT, citizenComplaint);
		limits.put(CaseType.INTERNAL, internal);
		limits.put(CaseType.CRITICAL_INCIDENT, criticalIncident);
	}

	public Instant dueAt(CaseType type, Instant openedAt) {
		return openedAt.plus(limits.get(type));
	}

	Duration limit(CaseType type) {
		return limits.get(type);
	}
}
