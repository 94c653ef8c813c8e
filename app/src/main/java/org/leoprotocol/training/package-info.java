/**
 * Adoption of a protocol version: training modules tied to the version they teach, every officer's acknowledgement with
 * its date (append-only), and the compliance view by chain of command, where a supervisor sees who in their unit and
 * the units below has not yet acknowledged. A module of its own rather than part of protocol: it follows people
 * (officers, units, staff accounts) where protocol follows incidents, and it needs only protocol's published versions
 * and the event announcing a new one.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Training and protocol adoption",
		allowedDependencies = { "protocol", "personnel", "access", "audit", "shared", "shared :: web",
				"shared :: phrase" })
package org.leoprotocol.training;
