/** Findings: gap analysis of an incident's timeline against the protocol, recorded and revised; command's figures. */
package org.leoprotocol.protocol.finding;
