/** Each officer's indicators as of a date, the records behind them, and the risk score that ranks officers. */
package org.leoprotocol.earlywarning.indicators;
