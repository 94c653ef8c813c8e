package org.leoprotocol.earlywarning.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * One agency's whole imported history held in compact arrays, so that features for every officer on any date are
 * computed in one pass without asking the database again: an agency of 35,000 officers and 250,000 allegations takes a
 * few tens of megabytes. Dates are epoch days; {@link #NEVER} stands for a date the export does not give (no
 * separation, a complaint not closed). Allegations are kept ordered by officer and then complaint, so that an officer's
 * distinct complaints are consecutive.
 */
final class AgencyHistory {

	/** A date that never comes: no separation yet, or a complaint still open. */
	static final int NEVER = Integer.MAX_VALUE;
	/** An unknown date of appointment. */
	static final int UNKNOWN = Integer.MIN_VALUE;

	static final String[] CATEGORIES = { "FORCE", "ABUSE_OF_AUTHORITY", "DISCOURTESY", "OFFENSIVE_LANGUAGE",
			"NEGLECT_OF_DUTY", "OTHER" };
	static final String[] FINDINGS = { "SUSTAINED", "NOT_SUSTAINED", "EXONERATED", "UNFOUNDED", "CLOSED_NO_FINDING",
			"MEDIATED", "PENDING" };
	static final byte SUSTAINED = 0;
	static final byte NOT_SUSTAINED = 1;
	static final byte EXONERATED = 2;
	static final byte UNFOUNDED = 3;
	static final byte PENDING = 6;

	final String agency;
	final UUID[] officerIds;
	final String[] externalIds;
	final String[] names;
	final int[] rank;
	final int[] unit;
	final int[] hired;
	final int[] separated;
	final String[] race;
	final String[] gender;
	final int[] firstComplaint;

	final int[] received;
	final int[] closed;

	/** Allegations of officer {@code o} are {@code officerStart[o]} to {@code officerStart[o + 1]} (exclusive). */
	final int[] officerStart;
	final int[] allegationComplaint;
	final byte[] allegationCategory;
	final byte[] allegationFinding;

	/**
	 * The distinct officers accused in complaint {@code c} are {@code complaintStart[c]} to
	 * {@code complaintStart[c + 1]}.
	 */
	final int[] complaintStart;
	final int[] complaintOfficers;

	final int[] protocolOfficer;
	final int[] protocolDay;
	final int[] protocolWithdrawn;
	final int[] commendationOfficer;
	final int[] commendationDay;

	private AgencyHistory(Builder b) {
		this.agency = b.agency;
		int officers = b.officerIds.size();
		this.officerIds = b.officerIds.toArray(UUID[]::new);
		this.externalIds = b.externalIds.toArray(String[]::new);
		this.names = b.names.toArray(String[]::new);
		this.rank = codes(b.ranks);
		this.unit = codes(b.units);
		this.hired = ints(b.hired);
		this.separated = ints(b.separated);
		this.race = b.races.toArray(String[]::new);
		this.gender = b.genders.toArray(String[]::new);
		this.received = ints(b.received);
		this.closed = ints(b.closed);
		int n = b.allegations.size();
		Integer[] sorted = new Integer[n];
		for (int i = 0; i < n; i++) {
			sorted[i] = i;
		}
		Arrays.sort(sorted, (x, y) -> {
			long[] a = b.allegations.get(x);
			long[] c = b.allegations.get(y);
			return a[0] != c[0] ? Long.compare(a[0], c[0]) : Long.compare(a[1], c[1]);
		});
		this.officerStart = new int[officers + 1];
		this.allegationComplaint = new int[n];
		this.allegationCategory = new byte[n];
		this.allegationFinding = new byte[n];
		for (int i = 0; i < n; i++) {
			long[] a = b.allegations.get(sorted[i]);
			allegationComplaint[i] = (int) a[1];
			allegationCategory[i] = (byte) a[2];
			allegationFinding[i] = (byte) a[3];
			officerStart[(int) a[0] + 1]++;
		}
		for (int o = 0; o < officers; o++) {
			officerStart[o + 1] += officerStart[o];
		}
		this.firstComplaint = new int[officers];
		int complaints = received.length;
		int[] accused = new int[complaints + 1];
		for (int o = 0; o < officers; o++) {
			int first = NEVER;
			int previous = -1;
			for (int i = officerStart[o]; i < officerStart[o + 1]; i++) {
				int c = allegationComplaint[i];
				first = Math.min(first, received[c]);
				if (c != previous) {
					accused[c + 1]++;
				}
				previous = c;
			}
			firstComplaint[o] = first;
		}
		for (int c = 0; c < complaints; c++) {
			accused[c + 1] += accused[c];
		}
		this.complaintStart = accused.clone();
		this.complaintOfficers = new int[accused[complaints]];
		int[] fill = accused;
		for (int o = 0; o < officers; o++) {
			int previous = -1;
			for (int i = officerStart[o]; i < officerStart[o + 1]; i++) {
				int c = allegationComplaint[i];
				if (c != previous) {
					complaintOfficers[fill[c]++] = o;
				}
				previous = c;
			}
		}
		this.protocolOfficer = ints(b.protocolOfficer);
		this.protocolDay = ints(b.protocolDay);
		this.protocolWithdrawn = ints(b.protocolWithdrawn);
		this.commendationOfficer = ints(b.commendationOfficer);
		this.commendationDay = ints(b.commendationDay);
	}

	int officers() {
		return officerIds.length;
	}

	int complaints() {
		return received.length;
	}

	int allegations() {
		return allegationComplaint.length;
	}

	/**
	 * Whether the officer served on the day: appointed before it (or, without a date, complained of before it), not yet
	 * separated.
	 */
	boolean serving(int officer, int day) {
		boolean started = hired[officer] != UNKNOWN ? hired[officer] < day : firstComplaint[officer] < day;
		return started && separated[officer] >= day;
	}

	/** The first and last day a complaint was received, or {@code null} without complaints. */
	LocalDate[] period() {
		if (received.length == 0) {
			return null;
		}
		int first = NEVER;
		int last = Integer.MIN_VALUE;
		for (int day : received) {
			first = Math.min(first, day);
			last = Math.max(last, day);
		}
		return new LocalDate[] { LocalDate.ofEpochDay(first), LocalDate.ofEpochDay(last) };
	}

	boolean hasHireDates() {
		return Arrays.stream(hired).anyMatch(day -> day != UNKNOWN);
	}

	private static int[] ints(List<Integer> values) {
		return values.stream().mapToInt(Integer::intValue).toArray();
	}

	private static int[] codes(List<String> values) {
		Map<String, Integer> codes = new HashMap<>();
		int[] result = new int[values.size()];
		for (int i = 0; i < result.length; i++) {
			String value = values.get(i) == null ? "" : values.get(i).strip();
			result[i] = value.isEmpty() ? -1 : codes.computeIfAbsent(value, key -> codes.size());
		}
		return result;
	}

	static int day(LocalDate date, int otherwise) {
		return date == null ? otherwise : (int) date.toEpochDay();
	}

	/** Collects an agency's history row by row; ids are the builder's own small integers. */
	static final class Builder {

		private final String agency;
		private final List<UUID> officerIds = new ArrayList<>();
		private final List<String> externalIds = new ArrayList<>();
		private final List<String> names = new ArrayList<>();
		private final List<String> ranks = new ArrayList<>();
		private final List<String> units = new ArrayList<>();
		private final List<Integer> hired = new ArrayList<>();
		private final List<Integer> separated = new ArrayList<>();
		private final List<String> races = new ArrayList<>();
		private final List<String> genders = new ArrayList<>();
		private final Map<UUID, Integer> officerIndex = new HashMap<>();
		private final Map<UUID, Integer> complaintIndex = new HashMap<>();
		private final List<Integer> received = new ArrayList<>();
		private final List<Integer> closed = new ArrayList<>();
		private final List<long[]> allegations = new ArrayList<>();
		private final List<Integer> protocolOfficer = new ArrayList<>();
		private final List<Integer> protocolDay = new ArrayList<>();
		private final List<Integer> protocolWithdrawn = new ArrayList<>();
		private final List<Integer> commendationOfficer = new ArrayList<>();
		private final List<Integer> commendationDay = new ArrayList<>();

		Builder(String agency) {
			this.agency = agency;
		}

		Builder officer(UUID id, String externalId, String name, String rank, String unit, LocalDate hired,
				LocalDate separated,
				String race, String gender) {
			officerIndex.put(id, officerIds.size());
			officerIds.add(id);
			externalIds.add(externalId);
			names.add(name);
			ranks.add(rank);
			units.add(unit);
			this.hired.add(day(hired, UNKNOWN));
			this.separated.add(day(separated, NEVER));
			races.add(race);
			genders.add(gender);
			return this;
		}

		Builder complaint(UUID id, LocalDate received, LocalDate closed) {
			complaintIndex.put(id, this.received.size());
			this.received.add(day(received, NEVER));
			this.closed.add(day(closed, NEVER));
			return this;
		}

		/** An allegation; ignored when its officer or complaint is not of this agency. */
		Builder allegation(UUID complaint, UUID officer, String category, String finding) {
			Integer c = complaintIndex.get(complaint);
			Integer o = officerIndex.get(officer);
			if (c != null && o != null) {
				allegations.add(new long[] { o, c, indexOf(CATEGORIES, category, CATEGORIES.length - 1),
						indexOf(FINDINGS, finding, PENDING) });
			}
			return this;
		}

		/** A finding of Leo's Protocol; one withdrawn stops counting from the day of its withdrawal. */
		Builder protocolFinding(UUID officer, LocalDate occurredOn, LocalDate withdrawnOn) {
			Integer o = officerIndex.get(officer);
			if (o != null) {
				protocolOfficer.add(o);
				protocolDay.add(day(occurredOn, NEVER));
				protocolWithdrawn.add(day(withdrawnOn, NEVER));
			}
			return this;
		}

		Builder commendation(UUID officer, LocalDate receivedOn) {
			Integer o = officerIndex.get(officer);
			if (o != null) {
				commendationOfficer.add(o);
				commendationDay.add(day(receivedOn, NEVER));
			}
			return this;
		}

		AgencyHistory build() {
			return new AgencyHistory(this);
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
}
