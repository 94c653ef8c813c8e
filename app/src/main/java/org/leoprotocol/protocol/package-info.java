/**
 * Leo's Protocol: a timed response to lost children and vulnerable people. An incident runs under one published
 * protocol version; each of its steps has a clock that starts at a named anchor event, and a missed deadline raises
 * escalations up the chain of command exactly once, from a persistent scheduler shared by every node. The timeline
 * merges dispatch, protocol and body-camera events (read from the footage itself where it is in evidence); gap analysis
 * turns it into findings for investigations and early warning. Release to a claimant needs a recorded verification.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Leo's Protocol",
		allowedDependencies = { "evidence", "personnel", "audit", "access", "conflicts", "notifications", "shared",
				"shared :: web", "shared :: redaction" })
package org.leoprotocol.protocol;
