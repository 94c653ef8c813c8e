/** Triage: small named policies set a new incident's priority from who is missing and the danger, with reasons. */
package org.leoprotocol.protocol.triage;
