package org.leoprotocol.transparency;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.leoprotocol.complaints.CommendationReceived;
import org.leoprotocol.complaints.ComplaintReceived;
import org.leoprotocol.investigations.InvestigationClosed;
import org.leoprotocol.investigations.InvestigationOpened;
import org.leoprotocol.personnel.OfficerId;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the complaint and commendation statistics from the complaints and investigations modules' events:
 * complaints received per year and unit, final findings per allegation when a case closes (never before: the
 * public sees closed cases and final findings only), days from the complaint's receipt to the case's closure,
 * and the same outcomes per officer for the officer pages, with the officer's page keys ({@link OfficerPageIndex}). A complaint naming officers of two units counts once
 * in each unit and once in the total.
 */
@Component
class ComplaintStatistics {

	private final ReadModels models;
	private final OfficerUnits units;
	private final OfficerPageIndex officerPages;
	private final Clock clock;

	ComplaintStatistics(ReadModels models, OfficerUnits units, OfficerPageIndex officerPages, Clock clock) {
		this.models = models;
		this.units = units;
		this.officerPages = officerPages;
		this.clock = clock;
	}

	@ApplicationModuleListener
	void on(ComplaintReceived received) {
		models.commitWithoutWaitingForDisk();
		if (!models.firstDelivery("complaint-received:" + received.complaintId().value())) {
			return;
		}
		models.receipt(received.complaintId().value(), received.receivedAt());
		addPerUnit("transparency_complaints_received", "complaints", ReadModels.year(received.receivedAt()),
				units.of(received.officers()));
		models.touched(PublishedTable.COMPLAINTS_RECEIVED, clock.instant());
	}

	@ApplicationModuleListener
	void on(InvestigationOpened opened) {
		models.commitWithoutWaitingForDisk();
		models.origin(opened.investigationId().value(), opened.complaintId() == null ? null : opened.complaintId().value());
	}

	@ApplicationModuleListener
	void on(InvestigationClosed closed) {
		models.commitWithoutWaitingForDisk();
		if (!models.firstDelivery("investigation-closed:" + closed.investigationId().value())) {
			return;
		}
		int year = ReadModels.year(closed.closedAt());
		Optional<Instant> receivedAt = models.receivedAt(closed.investigationId().value());
		for (InvestigationClosed.Outcome outcome : closed.outcomes()) {
			String unit = units.of(outcome.officerId());
			String category = outcome.category().name();
			models.add("transparency_allegation_outcomes", List.of("year", "unit", "category", "finding"),
					Rollup.of(year, unit, category, outcome.finding().name()), "allegations", 1);
			receivedAt.ifPresent(at -> models.add("transparency_closure_days", List.of("year", "unit", "category", "days"),
					Rollup.appending(Rollup.of(year, unit, category), days(at, closed.closedAt())), "allegations", 1));
			models.add("transparency_officer_outcomes", List.of("officer_id", "year", "category", "finding"),
					List.of(List.of(outcome.officerId().value(), year, category, outcome.finding().name())), "allegations", 1);
		}
		Instant now = clock.instant();
		closed.outcomes().stream().map(InvestigationClosed.Outcome::officerId).distinct()
			.forEach(officer -> officerPages.record(officer, PolicyField.CASE_OUTCOMES, now));
		models.touched(PublishedTable.ALLEGATION_OUTCOMES, now);
		models.touched(PublishedTable.OFFICER_OUTCOMES, now);
		receivedAt.ifPresent(at -> models.touched(PublishedTable.CLOSURE_TIMES, now));
	}

	@ApplicationModuleListener
	void on(CommendationReceived received) {
		models.commitWithoutWaitingForDisk();
		if (!models.firstDelivery("commendation-received:" + received.complaintId().value())) {
			return;
		}
		int year = ReadModels.year(received.receivedAt());
		addPerUnit("transparency_commendations", "commendations", year, units.of(received.officers()));
		for (OfficerId officer : Set.copyOf(received.officers())) {
			models.add("transparency_officer_commendations", List.of("officer_id", "year"), List.of(List.of(officer.value(), year)),
					"commendations", 1);
		}
		Instant now = clock.instant();
		Set.copyOf(received.officers()).forEach(officer -> officerPages.record(officer, PolicyField.COMMENDATIONS, now));
		models.touched(PublishedTable.COMMENDATIONS, now);
		models.touched(PublishedTable.OFFICER_COMMENDATIONS, now);
	}

	private void addPerUnit(String table, String measure, int year, Set<String> unitCodes) {
		List<List<Object>> keys = new ArrayList<>();
		for (String unit : unitCodes) {
			keys.add(List.of(year, unit));
			keys.add(List.of(Rollup.ALL_YEARS, unit));
		}
		keys.add(List.of(year, Rollup.ALL));
		keys.add(List.of(Rollup.ALL_YEARS, Rollup.ALL));
		models.add(table, List.of("year", "unit"), keys, measure, 1);
	}

	static int days(Instant from, Instant to) {
		return (int) Math.max(0, Duration.between(from, to).toDays());
	}
}
