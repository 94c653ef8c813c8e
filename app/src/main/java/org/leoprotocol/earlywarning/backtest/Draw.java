package org.leoprotocol.earlywarning.backtest;

/** One draw: how often each officer of the cohort was drawn (the array is reused from draw to draw). */
interface Draw {
	void accept(int resample, int[] counts);
}
