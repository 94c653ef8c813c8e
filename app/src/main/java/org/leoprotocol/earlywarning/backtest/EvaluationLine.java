package org.leoprotocol.earlywarning.backtest;

import org.leoprotocol.earlywarning.backtest.ConfidenceInterval;

/** One method at one budget, with the bootstrap's 95 % intervals. */
public record EvaluationLine(String method, double budget, int budgetSize, int flagged, int truePositives,
		int positives,
		double precision, ConfidenceInterval precisionInterval, double recall, ConfidenceInterval recallInterval,
		boolean cutDecidedById) {
}
