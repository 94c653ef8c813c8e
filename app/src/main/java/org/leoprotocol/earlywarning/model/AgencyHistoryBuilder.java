package org.leoprotocol.earlywarning.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Collects an agency's history row by row, as the database or a generator gives it, into the lists an
 * {@link AgencyHistory} turns into its arrays; ids are the builder's own small integers, in the order rows came.
 */
final class AgencyHistoryBuilder {

	final String agency;
	final List<UUID> officerIds = new ArrayList<>();
	final List<String> externalIds = new ArrayList<>();
	final List<String> names = new ArrayList<>();
	final List<String> ranks = new ArrayList<>();
	final List<String> units = new ArrayList<>();
	final List<Integer> hired = new ArrayList<>();
	final List<Integer> separated = new ArrayList<>();
	final List<String> races = new ArrayList<>();
	final List<String> genders = new ArrayList<>();
	final List<Integer> received = new ArrayList<>();
	final List<Integer> closed = new ArrayList<>();
	/** Per allegation: officer, complaint, category and finding, as the builder's indices. */
	final List<long[]> allegations = new ArrayList<>();
	final List<Integer> protocolOfficer = new ArrayList<>();
	final List<Integer> protocolDay = new ArrayList<>();
	final List<Integer> protocolWithdrawn = new ArrayList<>();
	final List<Integer> commendationOfficer = new ArrayList<>();
	final List<Integer> commendationDay = new ArrayList<>();
	private final Map<UUID, Integer> officerIndex = new HashMap<>();
	private final Map<UUID, Integer> complaintIndex = new HashMap<>();

	AgencyHistoryBuilder(String agency) {
		this.agency = agency;
	}

	AgencyHistoryBuilder officer(UUID id, String externalId, String name, String rank, String unit, LocalDate hired,
			LocalDate separated, String race, String gender) {
		officerIndex.put(id, officerIds.size());
		officerIds.add(id);
		externalIds.add(externalId);
		names.add(name);
		ranks.add(rank);
		units.add(unit);
		this.hired.add(day(hired, AgencyHistory.UNKNOWN));
		this.separated.add(day(separated, AgencyHistory.NEVER));
		races.add(race);
		genders.add(gender);
		return this;
	}

	AgencyHistoryBuilder complaint(UUID id, LocalDate received, LocalDate closed) {
		complaintIndex.put(id, this.received.size());
		this.received.add(day(received, AgencyHistory.NEVER));
		this.closed.add(day(closed, AgencyHistory.NEVER));
		return this;
	}

	/** An allegation; ignored when its officer or complaint is not of this agency. */
	AgencyHistoryBuilder allegation(UUID complaint, UUID officer, String category, String finding) {
		Integer c = complaintIndex.get(complaint);
		Integer o = officerIndex.get(officer);
		if (c != null && o != null) {
			allegations.add(new long[] { o, c,
					indexOf(AgencyHistory.CATEGORIES, category, AgencyHistory.CATEGORIES.length - 1),
					indexOf(AgencyHistory.FINDINGS, finding, AgencyHistory.PENDING) });
		}
		return this;
	}

	/** A finding of Leo's Protocol; one withdrawn stops counting from the day of its withdrawal. */
	AgencyHistoryBuilder protocolFinding(UUID officer, LocalDate occurredOn, LocalDate withdrawnOn) {
		Integer o = officerIndex.get(officer);
		if (o != null) {
			protocolOfficer.add(o);
			protocolDay.add(day(occurredOn, AgencyHistory.NEVER));
			protocolWithdrawn.add(day(withdrawnOn, AgencyHistory.NEVER));
		}
		return this;
	}

	AgencyHistoryBuilder commendation(UUID officer, LocalDate receivedOn) {
		Integer o = officerIndex.get(officer);
		if (o != null) {
			commendationOfficer.add(o);
			commendationDay.add(day(receivedOn, AgencyHistory.NEVER));
		}
		return this;
	}

	AgencyHistory build() {
		return new AgencyHistory(this);
	}

	private static int day(LocalDate date, int otherwise) {
		return date == null ? otherwise : (int) date.toEpochDay();
	}

	private static int indexOf(String[] values, String value, int otherwise) {
		for (int i = 0; i < values.length; i++) {
			if (values[i].equals(value)) {
				return i;
			}
		}
		return otherwise;
	}
}
