package org.leoprotocol.earlywarning.backtest;

import java.util.Arrays;

/**
 * An officer's score under one {@link RankingMethod}, with the secondary indicators that order equal scores (the first
 * one first, higher before lower). Officers equal on all of them are ordered by external id, so a run is repeatable;
 * the backtest counts how often that last resort decided who was flagged.
 */
@SuppressWarnings("ArrayRecordComponent") // equals and hashCode above compare the contents and the constructor copies
											// the array
public record Score(double value, double... secondary) {

	public Score {
		secondary = secondary.clone();
	}

	/** Higher scores first, then higher secondary indicators; 0 when nothing tells the two apart. */
	int compareForRanking(Score other) {
		int byValue = Double.compare(other.value, value);
		for (int i = 0; byValue == 0 && i < Math.max(secondary.length, other.secondary.length); i++) {
			byValue = Double.compare(other.at(i), at(i));
		}
		return byValue;
	}

	private double at(int index) {
		return index < secondary.length ? secondary[index] : 0;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Score score && score.value == value && Arrays.equals(score.secondary, secondary);
	}

	@Override
	public int hashCode() {
		return Double.hashCode(value) * 31 + Arrays.hashCode(secondary);
	}

	@Override
	public String toString() {
		return value + " " + Arrays.toString(secondary);
	}
}
