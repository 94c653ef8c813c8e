/**
 * Complaints and commendations from the public: intake without login, with or without a name, for oneself or on behalf
 * of someone (a parent for a child); a tracking code and a private access key for following the case; and the public
 * stages the case passes through. What happens to a complaint afterwards is the business of investigations, which
 * reports progress back through {@link org.leoprotocol.complaints.ComplaintIntake}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Complaints and commendations",
		allowedDependencies = { "personnel", "access", "audit", "conflicts", "shared", "shared :: web",
				"shared :: redaction", "shared :: secret", "shared :: phrase" })
package org.leoprotocol.complaints;
