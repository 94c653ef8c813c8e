/**
 * Early warning: each officer's complaint history (imported from any agency's records), Leo's Protocol findings and
 * commendations become indicators as of any date, small named rules turn them into flags with their reasons in words,
 * and a supervisor reviews every flag. A flag is a prompt for a conversation, never a sanction.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Early warning",
		allowedDependencies = { "conflicts", "personnel", "protocol", "investigations", "complaints", "access",
				"notifications", "audit", "shared", "shared :: reminder",
				"shared :: web" })
package org.leoprotocol.earlywarning;
