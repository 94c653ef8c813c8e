package org.leoprotocol.transparency.statistics;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.leoprotocol.complaints.CommendationReceived;
import org.leoprotocol.complaints.ComplaintReceived;
import org.leoprotocol.investigations.InvestigationClosed;
import org.leoprotocol.investigations.InvestigationOpened;
import org.leoprotocol.personnel.OfficerId;
import org.leoprotocol.transparency.Addition;
import org.leoprotocol.transparency.PolicyField;
import org.leoprotocol.transparency.PublishedTable;
import org.leoprotocol.transparency.statistics.ReadModels;
import org.leoprotocol.transparency.Rollup;
import org.leoprotocol.transparency.officer.OfficerPageIndex;
import org.leoprotocol.transparency.officer.OfficerUnits;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the complaint and commendation statistics from the complaints and investigations modules' events: complaints
 * received per year and unit, final findings per allegation when a case closes (never before: the public sees closed
 * cases and final findings only), days from the complaint's receipt to the case's closure, and the same outcomes per
 * officer for the officer pages, with the officer's page keys ({@link OfficerPageIndex}), each page dated by its latest
 * record (the closure, the commendation's receipt), so a rebuild dates it the same. A complaint naming officers of two
 * units counts once in each unit and once in the total.
 */
@Component
public class ComplaintStatistics {

	/**
	 * The order in which an event's officer page rows are locked, after its cells and totals, so that two events naming
	 * the same officers never wait on each other in opposite orders.
	 */
	private static final Comparator<OfficerId> BY_ID = Comparator.comparing(OfficerId::value);

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
		count(received);
	}

	/** Counts the event once; also how a rebuild replays history, in the rebuild's transaction. */
	public void count(ComplaintReceived received) {
		if (!models.firstDelivery("complaint-received:" + received.complaintId().value())) {
			return;
		}
		models.receipt(received.complaintId().value(), received.receivedAt());
		models.apply(perUnit(Addition.counting("transparency_complaints_received", "complaints", "year", "unit"),
				ReadModels.year(received.receivedAt()), units.of(received.officers())));
		models.touched(PublishedTable.COMPLAINTS_RECEIVED, clock.instant());
	}

	@ApplicationModuleListener
	void on(InvestigationOpened opened) {
		models.commitWithoutWaitingForDisk();
		count(opened);
	}

	/** Counts the event once; also how a rebuild replays history, in the rebuild's transaction. */
	public void count(InvestigationOpened opened) {
		if (!models.firstDelivery("investigation-opened:" + opened.investigationId().value())) {
			return;
		}
		models.origin(opened.investigationId().value(),
				opened.complaintId() == null ? null : opened.complaintId().value());
	}

	@ApplicationModuleListener
	void on(InvestigationClosed closed) {
		models.commitWithoutWaitingForDisk();
		count(closed);
	}

	/** Counts the event once; also how a rebuild replays history, in the rebuild's transaction. */
	public void count(InvestigationClosed closed) {
		if (!models.firstDelivery("investigation-closed:" + closed.investigationId().value())) {
			return;
		}
		int year = ReadModels.year(closed.closedAt());
		Optional<Instant> receivedAt = models.receivedAt(closed.investigationId().value());
		Addition outcomes = Addition.counting("transparency_allegation_outcomes", "allegations", "year", "unit",
				"category", "finding");
		Addition closureDays = Addition.plain("transparency_closure_days", "allegations", "year", "unit", "category",
				"days");
		Addition officers = Addition.plain("transparency_officer_outcomes", "allegations", "officer_id", "year",
				"category", "finding");
		for (InvestigationClosed.Outcome outcome : closed.outcomes()) {
			String unit = units.of(outcome.officerId());
			String category = outcome.category().name();
			outcomes.rollup(Rollup.of(year, unit, category, outcome.finding().name()), 1);
			receivedAt.ifPresent(at -> closureDays
				.rollup(Rollup.appending(Rollup.of(year, unit, category), days(at, closed.closedAt())), 1));
			officers.cell(List.of(outcome.officerId().value(), year, category, outcome.finding().name()), 1);
		}
		models.apply(outcomes);
		models.apply(closureDays);
		models.apply(officers);
		Instant now = clock.instant();
		closed.outcomes().stream().map(InvestigationClosed.Outcome::officerId).distinct().sorted(BY_ID)
			.forEach(officer -> officerPages.record(officer, PolicyField.CASE_OUTCOMES, closed.closedAt()));
		models.touched(PublishedTable.ALLEGATION_OUTCOMES, now);
		models.touched(PublishedTable.OFFICER_OUTCOMES, now);
		receivedAt.ifPresent(at -> models.touched(PublishedTable.CLOSURE_TIMES, now));
	}

	@ApplicationModuleListener
	void on(CommendationReceived received) {
		models.commitWithoutWaitingForDisk();
		count(received);
	}

	/** Counts the event once; also how a rebuild replays history, in the rebuild's transaction. */
	public void count(CommendationReceived received) {
		if (!models.firstDelivery("commendation-received:" + received.complaintId().value())) {
			return;
		}
		int year = ReadModels.year(received.receivedAt());
		models.apply(perUnit(Addition.counting("transparency_commendations", "commendations", "year", "unit"), year,
				units.of(received.officers())));
		Addition officers = Addition.plain("transparency_officer_commendations", "commendations", "officer_id", "year");
		for (OfficerId officer : Set.copyOf(received.officers())) {
			officers.cell(List.of(officer.value(), year), 1);
		}
		models.apply(officers);
		Instant now = clock.instant();
		received.officers().stream().distinct().sorted(BY_ID)
			.forEach(officer -> officerPages.record(officer, PolicyField.COMMENDATIONS, received.receivedAt()));
		models.touched(PublishedTable.COMMENDATIONS, now);
		models.touched(PublishedTable.OFFICER_COMMENDATIONS, now);
	}

	/**
	 * A complaint or commendation counts once in each unit it names and once in the year's total, so the total is not
	 * the sum of the units when a complaint names officers of two units.
	 */
	private static Addition perUnit(Addition addition, int year, Set<String> unitCodes) {
		for (String unit : unitCodes) {
			addition.cell(List.of(year, unit), 1).total(List.of(Rollup.ALL_YEARS, unit), 1);
		}
		return addition.total(List.of(year, Rollup.ALL), 1).total(List.of(Rollup.ALL_YEARS, Rollup.ALL), 1);
	}

	static int days(Instant from, Instant to) {
		return (int) Math.max(0, Duration.between(from, to).toDays());
	}
}
