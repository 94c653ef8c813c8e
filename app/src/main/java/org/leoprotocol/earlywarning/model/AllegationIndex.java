package org.leoprotocol.earlywarning.model;

import java.util.Arrays;
import java.util.List;

/**
 * An agency's allegations ordered by officer and then complaint, so that an officer's allegations are one range and
 * their distinct complaints consecutive, with the inverse: the distinct officers accused in each complaint. Built once
 * per history in a few passes over plain arrays.
 */
final class AllegationIndex {

	/** Allegations of officer {@code o} are {@code officerStart[o]} to {@code officerStart[o + 1]} (exclusive). */
	final int[] officerStart;
	final int[] allegationComplaint;
	final byte[] allegationCategory;
	final byte[] allegationFinding;
	/** The day of each officer's first complaint, {@link AgencyHistory#NEVER} without one. */
	final int[] firstComplaint;
	/**
	 * The distinct officers accused in complaint {@code c} are {@code complaintStart[c]} to
	 * {@code complaintStart[c + 1]}.
	 */
	final int[] complaintStart;
	final int[] complaintOfficers;

	/**
	 * @param allegations officer, complaint, category and finding of each allegation, in any order
	 * @param received the day each complaint was received
	 */
	AllegationIndex(int officers, List<long[]> allegations, int[] received) {
		int n = allegations.size();
		Integer[] sorted = new Integer[n];
		for (int i = 0; i < n; i++) {
			sorted[i] = i;
		}
		Arrays.sort(sorted, (x, y) -> {
			long[] a = allegations.get(x);
			long[] c = allegations.get(y);
			return a[0] != c[0] ? Long.compare(a[0], c[0]) : Long.compare(a[1], c[1]);
		});
		this.officerStart = new int[officers + 1];
		this.allegationComplaint = new int[n];
		this.allegationCategory = new byte[n];
		this.allegationFinding = new byte[n];
		for (int i = 0; i < n; i++) {
			long[] a = allegations.get(sorted[i]);
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
			int first = AgencyHistory.NEVER;
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
	}
}
