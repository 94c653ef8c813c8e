/**
 * The public transparency portal: statistics on complaints, Leo's Protocol and commendations, open data (CSV, JSON, a
 * public API and its data dictionary) and officer pages as the agency's publication policy allows. Its read models are
 * kept by other modules' published events only, hold no one's identity, and everything public leaves through one
 * redaction gate ({@link org.leoprotocol.transparency.PublicationGate}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Transparency",
		allowedDependencies = { "complaints", "investigations", "protocol", "personnel", "access", "audit", "shared",
				"shared :: web", "shared :: redaction", "shared :: phrase" })
package org.leoprotocol.transparency;
