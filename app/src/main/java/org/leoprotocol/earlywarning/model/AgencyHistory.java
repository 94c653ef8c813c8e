package org.leoprotocol.earlywarning.model;

import java.time.LocalDate;
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

	AgencyHistory(AgencyHistoryBuilder b) {
		this.agency = b.agency;
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
		AllegationIndex index = new AllegationIndex(officerIds.length, b.allegations, received);
		this.officerStart = index.officerStart;
		this.allegationComplaint = index.allegationComplaint;
		this.allegationCategory = index.allegationCategory;
		this.allegationFinding = index.allegationFinding;
		this.firstComplaint = index.firstComplaint;
		this.complaintStart = index.complaintStart;
		this.complaintOfficers = index.complaintOfficers;
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
}
