/** The public aggregate tables, kept current by the complaint, investigation and protocol events. */
package org.leoprotocol.transparency.statistics;
