package org.leoprotocol.earlywarning.backtest;

/** A 95 % interval. */
public record ConfidenceInterval(double low, double high) {
}
