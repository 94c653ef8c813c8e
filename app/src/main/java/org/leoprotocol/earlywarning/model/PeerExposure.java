package org.leoprotocol.earlywarning.model;

import java.util.HashMap;
import java.util.Map;

import static org.leoprotocol.earlywarning.model.FeatureTable.MIN_PEERS;
import static org.leoprotocol.earlywarning.model.FeatureTable.WIDTH;
import static org.leoprotocol.earlywarning.model.FeatureTable.set;

/**
 * How exposed an officer's post is: the complaints in two years of the serving officers of the same rank, of the same
 * unit, and the officer's own against those of their peers (the same unit and rank, or wider when too few share it).
 */
@SuppressWarnings("EnumOrdinal") // a feature's ordinal is its column in the columnar feature table
final class PeerExposure {

	private PeerExposure() {
	}

	/** Rank and unit as their serving officers' mean complaints in two years, and each officer's ratio to peers. */
	static void fill(AgencyHistory h, int[] cohort, float[] values, float[] peerMean, int[] peers) {
		Map<Long, float[]> byRank = new HashMap<>();
		Map<Long, float[]> byUnit = new HashMap<>();
		Map<Long, float[]> byUnitAndRank = new HashMap<>();
		float[] all = new float[2];
		for (int row = 0; row < cohort.length; row++) {
			int o = cohort[row];
			float c2 = values[row * WIDTH + Feature.COMPLAINTS_2Y.ordinal()];
			add(byRank, h.rank[o], c2);
			add(byUnit, ((long) h.unit[o]) << 32, c2);
			add(byUnitAndRank, (((long) h.unit[o]) << 32) | (h.rank[o] & 0xFFFFFFFFL), c2);
			all[0] += c2;
			all[1]++;
		}
		for (int row = 0; row < cohort.length; row++) {
			int o = cohort[row];
			int at = row * WIDTH;
			float[] rank = h.rank[o] < 0 ? null : byRank.get((long) h.rank[o]);
			float[] unit = h.unit[o] < 0 ? null : byUnit.get(((long) h.unit[o]) << 32);
			float[] both = h.unit[o] < 0 || h.rank[o] < 0 ? null
					: byUnitAndRank.get((((long) h.unit[o]) << 32) | (h.rank[o] & 0xFFFFFFFFL));
			set(values, at, Feature.RANK_COMPLAINT_RATE, rank == null ? Float.NaN : rank[0] / rank[1]);
			set(values, at, Feature.UNIT_COMPLAINT_RATE, unit == null ? Float.NaN : unit[0] / unit[1]);
			float[] group = both != null && both[1] >= MIN_PEERS ? both
					: rank != null && rank[1] >= MIN_PEERS ? rank : all;
			float c2 = values[at + Feature.COMPLAINTS_2Y.ordinal()];
			float others = group[1] - 1;
			float mean = others <= 0 ? 0 : (group[0] - c2) / others;
			peerMean[row] = mean;
			peers[row] = (int) others;
			set(values, at, Feature.PEER_RATIO, (c2 + 0.5f) / (mean + 0.5f));
		}
	}

	private static void add(Map<Long, float[]> groups, long key, float value) {
		float[] group = groups.computeIfAbsent(key, k -> new float[2]);
		group[0] += value;
		group[1]++;
	}
}
