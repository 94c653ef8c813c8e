/**
 * Early warning: each officer's complaint history (imported from any agency's records), Leo's Protocol findings and
 * commendations become indicators as of any date, small named rules turn them into flags with their reasons in words,
 * and a supervisor reviews every flag. A flag is a prompt for a conversation, never a sanction.
 *
 * <p>
 * This package holds the facades ({@link org.leoprotocol.earlywarning.EarlyWarning},
 * {@link org.leoprotocol.earlywarning.FlagReview}, {@link org.leoprotocol.earlywarning.HistoryImport},
 * {@link org.leoprotocol.earlywarning.Backtest}), the values they answer with and the listeners that turn other
 * modules' events into indicators. The concepts live below it: {@code history} (an agency's exports imported),
 * {@code source} (export files decoded), {@code indicators} (an officer's indicators as of a date), {@code rules} (the
 * named flag rules), {@code model} (the learned model per agency), {@code backtest} (rankings scored on past dates),
 * {@code followup} (follow-up reminders), {@code cli} (the commands) and {@code web} (what the pages render).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Early warning",
		allowedDependencies = { "conflicts", "personnel", "protocol", "investigations", "complaints", "access",
				"notifications", "audit", "shared", "shared :: reminder",
				"shared :: web", "shared :: phrase" })
package org.leoprotocol.earlywarning;
