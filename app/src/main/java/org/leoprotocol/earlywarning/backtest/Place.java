package org.leoprotocol.earlywarning.backtest;

import org.leoprotocol.earlywarning.Indicators;

/** An officer's place (1 for the top), score and what was known about them. */
public record Place(int rank, Indicators officer, Score score) {
}
