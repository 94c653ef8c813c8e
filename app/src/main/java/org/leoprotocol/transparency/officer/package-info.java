/**
 * Officer records as the publication policy allows: one page per officer, by name, stable pseudonym or not at all, the
 * searchable index of those pages, and the staff records behind them.
 */
package org.leoprotocol.transparency.officer;
