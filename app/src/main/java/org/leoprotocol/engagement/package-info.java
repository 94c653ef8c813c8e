/**
 * Community engagement: outreach events such as the open house that closes scenario 001, public registration with a
 * confirmation email and a waiting list, short surveys after an event and, by invitation, after an incident, and their
 * results for the public portal. Registrants' names and addresses are personal data: they never appear in public output
 * and every staff read is audited. Comments are read by staff only; results are published as suppressed counts
 * ({@link org.leoprotocol.shared.PublishedCount}) and averages of at least five answers.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Community engagement",
		allowedDependencies = { "protocol", "audit", "shared", "shared :: web", "shared :: redaction",
				"shared :: secret", "shared :: phrase" })
package org.leoprotocol.engagement;
