/** Escalations: a missed deadline raised once per level and passed up the chain of command until acknowledged. */
package org.leoprotocol.protocol.escalation;
