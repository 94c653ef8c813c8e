/** Incidents: the stored record and the person at risk, need to know and parties, the incident pages and API. */
package org.leoprotocol.protocol.incident;
