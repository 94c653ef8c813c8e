/**
 * Staff accounts and how staff prove who they are: form login for people, API tokens (HTTP Basic where allowed) for
 * programs, roles, lockout after repeated failures and the idle session limit of the FBI CJIS Security Policy (5.5.3,
 * 5.5.5). An account's identity is kept apart from its credentials so that TOTP and an external identity provider
 * (OIDC) can be added as further credentials without reshaping accounts.
 *
 * <p>
 * This package holds the facade {@link org.leoprotocol.access.StaffDirectory}, the {@link org.leoprotocol.shared.Role}s
 * other modules check, and the security configuration with its accounts, lockout and filters. The concepts live below
 * it: {@code factor} (second factors: TOTP codes and passkeys), {@code sso} (sign-in through an external identity
 * provider), {@code token} (API tokens of programs), {@code signin} (what an officer's duty status does to their
 * sign-in), {@code session} (staff sessions) and {@code web} (what the pages render).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Staff access",
		allowedDependencies = { "audit", "personnel", "shared", "shared :: web", "shared :: secret",
				"shared :: phrase" })
package org.leoprotocol.access;
