/**
 * The roster: officers with their badge numbers, ranks, units and employment status, and the history of every status
 * change with who made it, when, why and under which case (administrative leave, surrender of weapon and badge,
 * suspension, termination). Units form a hierarchy, which the conflict-of-interest rules of investigations read as the
 * chain of command.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Personnel",
		allowedDependencies = { "audit", "shared", "shared :: web", "shared :: phrase" })
package org.leoprotocol.personnel;
