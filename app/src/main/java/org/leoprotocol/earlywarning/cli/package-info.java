/** Early warning from the command line: importing an agency's history, backfilling, ranking and backtesting. */
package org.leoprotocol.earlywarning.cli;
