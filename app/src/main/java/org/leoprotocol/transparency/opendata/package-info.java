/** Open data: every published table as CSV or JSON with its dictionary, after the redaction gate. */
package org.leoprotocol.transparency.opendata;
