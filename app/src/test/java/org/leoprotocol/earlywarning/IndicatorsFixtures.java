package org.leoprotocol.earlywarning;

import java.time.LocalDate;
import java.util.UUID;

/** Indicators of an officer with nothing on record, to be given what a test needs. */
public final class IndicatorsFixtures {

	int complaints1y;
	int complaints2y;
	int complaints5y;
	int thresholdComplaints;
	int peerComplaints;
	int sustained5y;
	String repeatedCategory;
	int repeatedComplaints;
	int protocolFindings;
	String latestProtocolFinding;
	double peerPercentile;
	int peers = 1;

	public static IndicatorsFixtures anOfficer() {
		return new IndicatorsFixtures();
	}

	public IndicatorsFixtures complaints(int lastYear, int lastTwoYears, int lastFiveYears) {
		complaints1y = lastYear;
		complaints2y = lastTwoYears;
		complaints5y = lastFiveYears;
		return this;
	}

	public IndicatorsFixtures inThresholdWindow(int complaints) {
		thresholdComplaints = complaints;
		return this;
	}

	public IndicatorsFixtures peers(int count, double percentile, int complaints) {
		peers = count;
		peerPercentile = percentile;
		peerComplaints = complaints;
		return this;
	}

	public IndicatorsFixtures notSustainedRepeatedly(String category, int complaints) {
		repeatedCategory = category;
		repeatedComplaints = complaints;
		return this;
	}

	public IndicatorsFixtures protocolFindings(int count, String latest) {
		protocolFindings = count;
		latestProtocolFinding = latest;
		return this;
	}

	public IndicatorsFixtures sustained(int count) {
		sustained5y = count;
		return this;
	}

	public Indicators build() {
		return new Indicators(UUID.randomUUID(), "CITY", "734", "734", "Mark Miller", "Police Officer", null, null,
				LocalDate.of(2026, 6, 16), complaints1y, complaints2y, complaints5y, thresholdComplaints,
				peerComplaints,
				sustained5y, 0, repeatedCategory, repeatedComplaints, protocolFindings, latestProtocolFinding, 0,
				peerPercentile, peers);
	}
}
