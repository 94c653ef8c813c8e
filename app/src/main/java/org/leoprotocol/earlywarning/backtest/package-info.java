/**
 * An honest backtest: the workforce serving on a past date is ranked by each
 * {@link org.leoprotocol.earlywarning.backtest.RankingMethod} with only what was known then, and the ranking is scored
 * against which officers drew a sustained allegation afterwards, at several review budgets with bootstrap intervals.
 */
package org.leoprotocol.earlywarning.backtest;
