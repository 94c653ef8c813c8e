/**
 * Leo's Protocol: a timed response to lost children and vulnerable people. An incident runs under one published
 * protocol version; each of its steps has a clock that starts at a named anchor event, and a missed deadline raises
 * escalations up the chain of command exactly once, from a persistent scheduler shared by every node. The timeline
 * merges dispatch, protocol and body-camera events (read from the footage itself where it is in evidence); gap analysis
 * turns it into findings for investigations and early warning. Release to a claimant needs a recorded verification.
 *
 * <p>
 * This package holds the facades ({@link org.leoprotocol.protocol.IncidentDesk},
 * {@link org.leoprotocol.protocol.Protocols}, {@link org.leoprotocol.protocol.CadImport},
 * {@link org.leoprotocol.protocol.IncidentHistory}), the identifiers, the events other modules listen to and the values
 * they read. The concepts live below it: {@code incident} (the stored record, need to know, parties, the incident pages
 * and API), {@code triage} (the priority policies), {@code definition} (protocol versions, steps, anchors, escalation
 * ladders, drafts), {@code clock} (step clocks and their scheduler), {@code escalation} (raised, delivered,
 * acknowledged), {@code timeline} (the response log, footage, amendments of who did what), {@code finding} (gap
 * analysis and findings), {@code broadcast} (description broadcasts, CAP, PFIF), {@code reunification} (verified
 * release and decisions), {@code cad} (import from dispatch systems) and {@code web} (what the pages render).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Leo's Protocol",
		allowedDependencies = { "evidence", "personnel", "audit", "access", "conflicts", "notifications", "shared",
				"shared :: web", "shared :: redaction", "shared :: phrase" })
package org.leoprotocol.protocol;
