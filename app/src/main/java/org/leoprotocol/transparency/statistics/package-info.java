/**
 * The public aggregate tables: kept current by the complaint, investigation and protocol events, and read back, before
 * the redaction gate, for the portal's charts.
 */
package org.leoprotocol.transparency.statistics;
