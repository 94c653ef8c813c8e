/** Reunification: a verified release to a claimant, the identity document, and the decisions on an incident. */
package org.leoprotocol.protocol.reunification;
