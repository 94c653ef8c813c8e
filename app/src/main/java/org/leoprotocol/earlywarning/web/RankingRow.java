package org.leoprotocol.earlywarning.web;

import java.util.List;

/** One ranked officer: place, name, score, complaints in the last two years, percentile among peers, reasons. */
public record RankingRow(int place, String officer, String score, int complaints2y, String peerPercentile,
		List<String> reasons) {
}
