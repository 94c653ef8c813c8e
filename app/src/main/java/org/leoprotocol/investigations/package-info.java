/**
 * Internal-affairs investigations: a case opened from a complaint (or internally), its allegations (one officer and one
 * category each), an investigator assigned only when free of conflicts of interest, statements and references to
 * evidence and protocol findings, a recommended and then a final finding per allegation with the history of every
 * change, the statutory deadline, and personnel actions ordered from the case.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Investigations",
		allowedDependencies = { "complaints", "conflicts", "personnel", "access", "notifications", "audit", "evidence",
				"protocol", "shared",
				"shared :: reminder",
				"shared :: web", "shared :: redaction" })
package org.leoprotocol.investigations;
